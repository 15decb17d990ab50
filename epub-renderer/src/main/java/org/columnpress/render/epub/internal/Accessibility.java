package org.columnpress.render.epub.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;

/**
 * The package document's accessibility metadata: what the book offers, and the conformance claim when it
 * meets EPUB Accessibility 1.1 at WCAG 2.1 AA. What Columnpress makes meets it by construction (the language
 * on every document and on each title in another language, headings in order, a table's header row as
 * {@code th}, no colours, links told apart by more than colour, DAISY Ace finding nothing); what the writer
 * brings can break it, and then no claim is made and a warning says why, once: an image without alt text or
 * a table without a header row. A book that names neither publisher nor author makes no claim either (a claim
 * names who makes it); the log says so as information.
 */
final class Accessibility {

    /** The conformance identifier of EPUB Accessibility 1.1, section 4.1, as DAISY Ace expects it. */
    static final String CONFORMS_TO = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    private final Book book;
    private final Images images;
    private final boolean index;
    private final Optional<String> pageSource;
    private final Optional<String> certifier;

    /**
     * @param pageSource the print edition the page list follows (its identifier), when the EPUB has one
     */
    private Accessibility(Book book, Images images, boolean index, Optional<String> pageSource,
            Optional<String> certifier) {
        this.book = book;
        this.images = images;
        this.index = index;
        this.pageSource = pageSource;
        this.certifier = certifier;
    }

    /** Decides the claim, and warns (once) when the book cannot make it. */
    static Accessibility of(Book book, Plan plan, Optional<String> pageSource, Reporter reporter) {
        Optional<String> reason = hindrance(book, plan.images());
        Optional<String> evaluator = book.publisher().filter(p -> !p.isBlank())
                .or(() -> book.authors().isEmpty() ? Optional.empty()
                        : Optional.of(book.labels().joinNames(book.authors())));
        reason.ifPresent(why -> reporter.warn(new Warning("EPUBs without an accessibility conformance claim",
                where(book, plan.images()), 0, "the EPUB does not claim " + CONFORMS_TO + ": " + why + ".")));
        if (reason.isEmpty() && evaluator.isEmpty()) {
            // Not a flaw of the book's accessibility (a claim must name who makes it): said, not warned about.
            reporter.info("The EPUB does not claim " + CONFORMS_TO + ": book.yaml names no publisher and no "
                    + "author to name as the one who claims it.");
        }
        return new Accessibility(book, plan.images(), plan.hasIndex(), pageSource,
                reason.isPresent() ? Optional.empty() : evaluator);
    }

    /** What keeps the book from conforming, in words for the log; empty when nothing does. */
    private static Optional<String> hindrance(Book book, Images images) {
        List<Images.Missing> missing = images.withoutAlt();
        if (!missing.isEmpty()) {
            Images.Missing first = missing.get(0);
            return Optional.of("the image '" + relative(book, first.image())
                    + "' has no alt text" + (missing.size() > 1 ? " (nor have " + (missing.size() - 1) + " more)" : "")
                    + ". Describe each picture: ![what it shows](file)");
        }
        return tableWithoutHeader(book).map(file -> "a table in " + relative(book, file)
                + " has no header row. Give each table a header row");
    }

    private static Path relative(Book book, Path file) {
        return book.directory().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    }

    private static Path where(Book book, Images images) {
        return images.withoutAlt().stream().map(Images.Missing::referrer).findFirst()
                .or(() -> tableWithoutHeader(book)).orElse(book.directory().resolve("book.yaml"));
    }

    /** The file of the first table without a header row, if any. */
    private static Optional<Path> tableWithoutHeader(Book book) {
        for (Matter matter : book.front()) {
            if (headless(matter.body())) {
                return Optional.of(matter.file().orElse(book.directory()));
            }
        }
        for (Part part : book.parts()) {
            if (headless(part.intro())) {
                return Optional.of(part.introFile().orElse(book.directory()));
            }
        }
        for (Column column : book.columns()) {
            List<Block> all = new ArrayList<>(column.body());
            column.footnotes().forEach(note -> all.addAll(note.blocks()));
            all.addAll(column.bio());
            if (headless(all)) {
                return Optional.of(column.file());
            }
        }
        for (Matter matter : book.back()) {
            if (headless(matter.body())) {
                return Optional.of(matter.file().orElse(book.directory()));
            }
        }
        return Optional.empty();
    }

    /** Whether the blocks hold, however deeply nested, a table without a header row. */
    private static boolean headless(List<Block> blocks) {
        return Block.nested(blocks).stream().anyMatch(block -> block instanceof Block.Table table
                && table.header().isEmpty());
    }

    /** Whether the book claims conformance. */
    boolean claims() {
        return certifier.isPresent();
    }

    /** Writes the metadata into the package document's open {@code metadata} element. */
    void write(Xhtml x) {
        boolean pictures = images.any();
        boolean described = pictures && images.allHaveAlt();
        certifier.ifPresent(who -> {
            meta(x, "dcterms:conformsTo", CONFORMS_TO);
            meta(x, "a11y:certifiedBy", who);
        });
        pageSource.ifPresent(source -> meta(x, "pageBreakSource", source));
        meta(x, "schema:accessMode", "textual");
        if (pictures) {
            meta(x, "schema:accessMode", "visual");
            meta(x, "schema:accessModeSufficient", "textual,visual");
        }
        if (!pictures || described) {
            meta(x, "schema:accessModeSufficient", "textual");
        }
        List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents", "readingOrder"));
        if (described) {
            features.add("alternativeText");
        }
        if (index) {
            features.add("index");
        }
        if (pageSource.isPresent()) {
            features.add("printPageNumbers");
            features.add("pageNavigation");
        }
        features.forEach(f -> meta(x, "schema:accessibilityFeature", f));
        meta(x, "schema:accessibilityHazard", "none");
        x.start("meta", "property", "schema:accessibilitySummary").xmlLang("en");
        x.text(summary(pictures, described));
        x.end();
    }

    /** The summary, in English (stores show it as it is): what a reader can rely on. */
    private String summary(boolean pictures, boolean described) {
        StringBuilder s = new StringBuilder();
        if (claims()) {
            s.append("This publication meets EPUB Accessibility 1.1 and WCAG 2.1 Level AA. ");
        }
        s.append("Reflowable text that follows the reader's font and size settings, with a table of contents, "
                + "headings in reading order and footnotes linked both ways");
        if (index) {
            s.append(", an index whose entries link to each place a term occurs");
        }
        if (pageSource.isPresent()) {
            s.append(", and the page numbers of the print edition (").append(pageSource.get())
                    .append(") as page breaks and a page list");
        }
        s.append(described ? "; every image has a text alternative." : pictures
                ? "; some images have no text alternative." : ".");
        return s.toString();
    }

    private static void meta(Xhtml x, String property, String value) {
        x.start("meta", "property", property).text(value).end();
    }
}
