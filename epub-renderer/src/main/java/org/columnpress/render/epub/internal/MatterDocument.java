package org.columnpress.render.epub.internal;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.html.BodyWriter;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.model.Matter;

/**
 * One piece of front or back matter as its own content document, typeset as its kind asks
 * ({@link Matter.Style}) and tagged with its kind's structural semantics ({@link #epubType}, {@link #role}).
 */
final class MatterDocument {

    private final Book book;
    private final Images images;
    private final Reporter reporter;
    private final boolean fontsEmbedded;

    MatterDocument(Book book, Images images, Reporter reporter, boolean fontsEmbedded) {
        this.book = book;
        this.images = images;
        this.reporter = reporter;
        this.fontsEmbedded = fontsEmbedded;
    }

    /**
     * The EPUB 3 Structural Semantics Vocabulary's term for a kind. About-the-author and also-by have none:
     * the vocabulary has no biography term ({@code contributors} is a list of a work's contributors) and
     * {@code seriespage} lists the titles of a series, not an author's other books; a wrong term would tell
     * reading systems and assistive technology something untrue, while the body's {@code backmatter} and the
     * heading already say what they are.
     */
    static String epubType(Matter.Kind kind) {
        return switch (kind) {
            case HALF_TITLE -> "halftitlepage";
            case DEDICATION -> "dedication";
            case EPIGRAPH -> "epigraph";
            case FOREWORD -> "foreword";
            case PREFACE -> "preface";
            case INTRODUCTION -> "introduction";
            case ACKNOWLEDGEMENTS -> "acknowledgments";
            case AFTERWORD -> "afterword";
            case ABOUT_THE_AUTHOR, ALSO_BY -> null;
            case COLOPHON -> "colophon";
        };
    }

    /** The DPUB-ARIA role of a kind, where there is one (allowed on {@code section}); DPUB-ARIA has no half-title. */
    static String role(Matter.Kind kind) {
        String type = epubType(kind);
        return type == null || kind == Matter.Kind.HALF_TITLE ? null : "doc-" + type;
    }

    void write(Matter matter, OutputStream out) {
        Partition partition = book.front().contains(matter) ? Partition.FRONT : Partition.BACK;
        Labels labels = labels(matter);
        Xhtml x = Xhtml.document(out, matter.language(), matter.title().orElse(book.title()),
                Layout.CSS_FROM_TEXT, partition);
        // A piece printed alone has no heading to be named by, even when its file gives a title.
        boolean heading = matter.kind().style() != Matter.Style.ALONE && matter.title().isPresent();
        x.start("section", "class", matter.kind().key(), "role", role(matter.kind()),
                "aria-labelledby", heading ? "title" : null);
        String type = epubType(matter.kind());
        if (type != null) {
            x.epubType(type);
        }
        Path file = matter.file().orElse(book.directory());
        BodyWriter body = new BodyWriter(x, file, matter.body(), new EpubOutput(images), reporter);
        switch (matter.kind().style()) {
            case ALONE -> alone(x, matter, body, labels);
            case CHAPTER -> chapter(x, matter, body, labels);
            case LIST -> list(x, matter, body);
        }
        x.end().finish();
    }

    /** A half-title, a dedication or an epigraph: no heading, the text alone. */
    private void alone(Xhtml x, Matter matter, BodyWriter body, Labels labels) {
        if (matter.kind() == Matter.Kind.HALF_TITLE) {
            x.start("p", "class", "half-title").epubType("halftitle").text(book.title()).end();
            return;
        }
        if (matter.kind() == Matter.Kind.EPIGRAPH) {
            x.start("blockquote");
            body.blocks(matter.body());
            x.end();
            if (!matter.authors().isEmpty()) {
                x.element("p", "— " + labels.joinNames(matter.authors()), "class", "attribution");
            }
            return;
        }
        x.start("div", "class", "body");
        body.blocks(matter.body());
        x.end();
    }

    /** Like a column: a heading and the writer's byline; the photo on an about-the-author page. */
    private void chapter(Xhtml x, Matter matter, BodyWriter body, Labels labels) {
        heading(x, matter);
        boolean byline = matter.kind() != Matter.Kind.ABOUT_THE_AUTHOR && matter.kind() != Matter.Kind.COLOPHON;
        if (byline && !matter.authors().isEmpty()) {
            x.element("p", labels.get(Label.BY) + " " + labels.joinNames(matter.authors()), "class", "byline");
        }
        x.end();
        matter.photo().ifPresent(photo -> {
            x.start("figure", "class", "author-photo");
            x.empty("img", "src", "../" + images.item(photo).href(), "alt", book.photoAlt(matter));
            x.end();
        });
        x.start("div", "class", "body");
        if (matter.kind() == Matter.Kind.COLOPHON && matter.generated()) {
            List<String> lines = Colophon.lines(book, fontsEmbedded);
            x.element("p", lines.get(0), "class", "colophon-title");
            lines.subList(1, lines.size()).forEach(line -> x.element("p", line));
        } else {
            body.blocks(matter.body());
        }
        x.end();
    }

    /** "Also by": the heading and the titles as a list, whether written as one or one per paragraph. */
    private void list(Xhtml x, Matter matter, BodyWriter body) {
        heading(x, matter);
        x.end();
        if (matter.body().stream().anyMatch(b -> b instanceof Block.ListBlock)) {
            x.start("div", "class", "body");
            body.blocks(matter.body());
            x.end();
            return;
        }
        x.start("ul", "class", "titles");
        for (Block block : matter.body()) {
            x.start("li");
            if (block instanceof Block.Paragraph p) {
                body.inlines(p.content());
            } else {
                body.blocks(List.of(block));
            }
            x.end();
        }
        x.end();
    }

    /** Opens the header with the heading; the caller closes it. */
    private static void heading(Xhtml x, Matter matter) {
        x.start("header", "class", "opener");
        x.element("h1", matter.title().orElseThrow(), "id", "title", "class", "title");
    }

    /** The book's words, or the standard words of the matter's language when it is written in another. */
    private Labels labels(Matter matter) {
        return book.labelsFor(matter.language());
    }
}
