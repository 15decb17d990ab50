package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Labels;
import org.columnpress.core.print.PrintEdition;
import org.columnpress.core.render.ImageFormat;

/**
 * What {@code book.yaml} says (with the POM's defaults where it is silent). {@code strict} is about
 * reading, not the book: with it, column front matter may hold only our own keys.
 */
record BookMetadata(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        String language,
        Optional<String> publisher,
        String identifier,
        Optional<LocalDate> date,
        Optional<String> rights,
        Optional<String> description,
        Optional<String> edition,
        Optional<Path> cover,
        ShapeSection shape,
        Labels labels,
        Optional<PrintEdition> print,
        List<IndexSection.TermSpec> index,
        boolean strict) {

    static final String FILE_NAME = "book.yaml";
    static final List<String> KEYS = java.util.stream.Stream.concat(java.util.stream.Stream.of("title", "subtitle", "author", "language", "publisher",
            "identifier", "date", "rights", "description", "edition", "cover", "labels", "print", "index", "strict"), ShapeSection.KEYS.stream()).toList();

    /**
     * Reads book.yaml, keeping each mistake in {@code errors} and reading on (a value in error counts as
     * not given), so that the writer hears of every mistake in the file at once. Only YAML that does not
     * parse stops at once: nothing after it can be read.
     */
    static BookMetadata read(Path directory, BookDefaults defaults, Map<String, String> printOverrides,
            MarkdownReader markdown, ImageFiles images, Reporter reporter, ReadErrors errors) {
        Path file = directory.resolve(FILE_NAME);
        YamlMap yaml = Files.exists(file)
                ? YamlMap.parse(file, SourceText.read(file, reporter), 1)
                : YamlMap.parse(file, "", 1);
        errors.attempt(() -> yaml.requireKnownKeys(KEYS));
        // A title in error is not missing too: one mistake, one message.
        Optional<String> title = errors.attempt(() -> yaml.nonBlank("title"), Optional.of("?"))
                .or(defaults::title).filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            errors.add(new InputException(file, yaml.lineOf("title"), Files.exists(file)
                    ? "the book has no title. Add a line 'title: Your title'."
                    : "there is no book.yaml, and the build gives no title. Create " + file
                            + " with a line 'title: Your title'."));
        }
        List<String> authors = errors.attempt(() -> yaml.strings("author"), List.<YamlMap.Item>of()).stream()
                .map(YamlMap.Item::value).toList();
        if (authors.isEmpty()) {
            authors = defaults.authors();
        }
        List<String> by = authors;
        String language = errors.attempt(() -> Languages.tag(yaml, "language"), Optional.<String>empty()).orElse("en");
        String identifier = errors.attempt(() -> Identifiers.identifier(yaml, title.orElse(""), by), "");
        Optional<Path> cover = errors.attempt(() -> yaml.nonBlank("cover").map(ref -> images.resolve(file,
                yaml.lineOf("cover"), ref, EnumSet.of(ImageFormat.PNG, ImageFormat.JPEG))), Optional.empty());
        ShapeSection shape = ShapeSection.read(yaml, reporter, errors);
        Labels labels = LabelBundles.labels(language, yaml, errors);
        Optional<PrintEdition> print = PrintSection.read(yaml, printOverrides, Book.isbnOf(identifier).isPresent(), directory, markdown, images, language, reporter, errors);
        return new BookMetadata(title.orElse(""), text(yaml, "subtitle", errors), authors, language,
                text(yaml, "publisher", errors).or(defaults::publisher), identifier,
                errors.attempt(() -> yaml.date("date"), Optional.empty()), text(yaml, "rights", errors),
                text(yaml, "description", errors).or(defaults::description), text(yaml, "edition", errors),
                cover, shape, labels, print, IndexSection.read(yaml, reporter, errors), errors.attempt(() -> yaml.flag("strict"), Optional.<Boolean>empty()).orElse(false));
    }

    private static Optional<String> text(YamlMap yaml, String key, ReadErrors errors) {
        return errors.attempt(() -> yaml.nonBlank(key), Optional.empty());
    }
}
