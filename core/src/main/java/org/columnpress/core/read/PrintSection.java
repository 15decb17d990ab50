package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.print.Binding;
import org.columnpress.core.print.Paper;
import org.columnpress.core.print.PriceAddOn;
import org.columnpress.core.print.PrintEdition;
import org.columnpress.core.print.PrinterProfile;
import org.columnpress.core.print.Printers;
import org.columnpress.core.print.Trim;

/**
 * {@code book.yaml}'s {@code print:} section, with the build's overrides ({@code columnpress.print.*})
 * taking the place of what the section says, checked against the chosen printer's profile.
 */
final class PrintSection {

    static final List<String> KEYS = List.of("printer", "trim", "paper", "binding", "back", "price");

    private PrintSection() {
    }

    /**
     * The print edition, or empty when neither book.yaml nor the overrides ask for one. Each mistake is
     * kept in {@code errors}; the edition is then empty.
     *
     * @param overrides values by key ({@code printer}, {@code trim}, ...) that replace the section's
     * @param isbn      whether the book's identifier is an ISBN (a printed barcode needs one)
     */
    static Optional<PrintEdition> read(YamlMap book, Map<String, String> overrides, boolean isbn, Path directory, MarkdownReader markdown, ImageFiles images, String language, Reporter reporter,
            ReadErrors errors) {
        Optional<YamlMap> section = errors.attempt(() -> book.map("print"), Optional.empty());
        if (section.isEmpty() && !overrides.containsKey("printer")) {
            return Optional.empty();
        }
        YamlMap yaml = section.orElseGet(() -> YamlMap.parse(book.file(), "", 1));
        int sectionLine = section.isPresent() ? book.lineOf("print") : 0;
        errors.attempt(() -> yaml.requireKnownKeys(KEYS));
        Values values = new Values(yaml, overrides, sectionLine, errors);
        int before = errors.count();

        Optional<PrinterProfile> printer = values.get("printer", true, name -> Printers.named(name),
                name -> "'" + name + "' is not a printer Columnpress knows. Choose one of " + Printers.names()
                        + "." + CloseMatches.suggestion(name, Printers.all().stream().map(PrinterProfile::name).toList()));
        if (printer.isEmpty()) {
            return Optional.empty();
        }
        PrinterProfile profile = printer.get();
        Binding binding = values.get("binding", false, Binding::named,
                name -> "the binding must be paperback or hardcover, not '" + name + "'.")
                .orElse(Binding.PAPERBACK);
        if (!profile.bindings().contains(binding)) {
            values.error("binding", "Columnpress makes " + profile.displayName() + " editions as "
                    + String.join(" or ", profile.bindings().stream().map(Binding::key).sorted().toList())
                    + " only: its " + binding.key() + " cover rules are not published in a form we could check."
                    + " Write binding: paperback, or make the " + binding.key() + " cover with the printer's template.");
        }
        Paper paper = values.get("paper", false, Paper::named,
                name -> "the paper must be white, cream or colour, not '" + name + "'.").orElse(Paper.WHITE);
        if (!profile.papers(binding).contains(paper)) {
            values.error("paper", profile.displayName() + " has no " + paper.key() + " paper for a "
                    + binding.key() + ". Choose " + String.join(" or ", profile.papers(binding).stream()
                            .map(Paper::key).sorted().toList()) + ".");
        }
        Optional<Trim> trim = values.get("trim", true, Trim::parse,
                text -> "'" + text + "' is not a trim size. Write width x height with a unit, such as 6x9in or"
                        + " 148x210mm (or A5).");
        trim.ifPresent(t -> {
            List<Trim> offered = profile.trims(binding);
            if (!offered.isEmpty() && offered.stream().noneMatch(t::sameSize)) {
                values.error("trim", profile.displayName() + " does not print " + binding.key() + "s of "
                        + t.name() + ". Its trims: " + String.join(", ", offered.stream().map(Trim::name).toList())
                        + ".");
            }
        });
        Optional<String> price = values.text("price");
        price.filter(p -> !PriceAddOn.readable(p)).ifPresent(p -> values.error("price", "'" + p + "' is not a"
                + " price: write a currency and an amount, such as \"EUR 19,95\" or \"USD 14.99\"."));
        if (profile.barcode().ours() && !isbn) {
            errors.add(new InputException(book.file(),
                    book.keys().contains("identifier") ? book.lineOf("identifier") : sectionLine,
                    profile.displayName() + " covers carry an ISBN barcode, which Columnpress prints from the"
                    + " book's identifier, and the book has no ISBN. Add a line 'identifier: 978-...' with the"
                    + " ISBN of this edition."));
        }
        Optional<String> back = values.text("back");
        List<Block> blurb = back.map(name -> blurb(values, name, directory, markdown, images, language, reporter))
                .orElse(List.of());
        if (back.isEmpty()) {
            reporter.warn(new Warning("print editions without a back-cover text", book.file(), sectionLine,
                    "the back cover carries only the author's bio, the publisher, the price and the barcode."
                    + " Write a blurb in a Markdown file beside book.yaml and name it under print:, such as"
                    + " 'back: back-cover.md'."));
        }
        if (errors.count() > before || trim.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PrintEdition(profile, trim.get(), paper, binding, blurb, price,
                new PrintEdition.Location(book.file(), sectionLine),
                new PrintEdition.Location(book.file(), values.line("back"))));
    }

    private static List<Block> blurb(Values values, String name, Path directory, MarkdownReader markdown,
            ImageFiles images, String language, Reporter reporter) {
        Path file = directory.resolve(name).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            values.error("back", "the back-cover text '" + name + "' is not a file in the book folder ("
                    + directory + "). Write the blurb in a Markdown file there, such as back-cover.md, and name it.");
            return List.of();
        }
        List<Block> blocks = markdown.blocks(file, SourceText.read(file, reporter), images, reporter);
        return new TypographyPass(Typography.forLanguage(language)).blocks(blocks);
    }

    /** The section's values, each from an override when there is one, else from book.yaml. */
    private static final class Values {
        private final YamlMap yaml;
        private final Map<String, String> overrides;
        private final int sectionLine;
        private final ReadErrors errors;

        Values(YamlMap yaml, Map<String, String> overrides, int sectionLine, ReadErrors errors) {
            this.yaml = yaml;
            this.overrides = overrides;
            this.sectionLine = sectionLine;
            this.errors = errors;
        }

        Optional<String> text(String key) {
            String override = overrides.get(key);
            if (override != null && !override.isBlank()) {
                return Optional.of(override.trim());
            }
            return errors.attempt(() -> yaml.nonBlank(key), Optional.empty());
        }

        <T> Optional<T> get(String key, boolean required, Function<String, Optional<T>> parse,
                Function<String, String> wrong) {
            Optional<String> text = text(key);
            if (text.isEmpty()) {
                if (required && sectionLine == 0) {
                    errors.add(new InputException(yaml.file(), 0, "the build names a printer but no " + key
                            + ": give it too (plugin parameter or -Dcolumnpress.print." + key + "), or write a"
                            + " print: section in book.yaml."));
                } else if (required) {
                    error(key, "the print section has no " + key + ". Add a line '" + key + ": ...' under print:"
                            + (key.equals("printer") ? " (one of " + Printers.names() + ")." : " (such as 6x9in)."));
                }
                return Optional.empty();
            }
            Optional<T> value = parse.apply(text.get());
            if (value.isEmpty()) {
                error(key, wrong.apply(text.get()));
            }
            return value;
        }

        /** The key's line in book.yaml; the section's own line when the key is not there. */
        int line(String key) {
            return sectionLine == 0 ? 0 : yaml.keys().contains(key) ? yaml.lineOf(key) : sectionLine;
        }

        /** A mistake in a value: book.yaml's line, or the override that gave it. */
        void error(String key, String message) {
            if (overrides.containsKey(key)) {
                errors.add(new InputException(yaml.file(), 0, "the build's print setting " + key
                        + " (plugin parameter or -Dcolumnpress.print." + key + "): " + message));
            } else {
                errors.add(yaml.error(line(key), message));
            }
        }
    }
}
