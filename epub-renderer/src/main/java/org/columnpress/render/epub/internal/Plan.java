package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.model.Matter;
import org.columnpress.core.render.BodyCutter;

/**
 * What goes into one EPUB, decided before a byte is written: the manifest in its fixed order, the
 * spine, the images and fonts. The package document and the zip are both written from it.
 */
final class Plan {

    /** The family of {@link #FONTS}, as named on the copyright page and in the colophon. */
    static final String FONT_FAMILY = "Literata";

    static final List<String> FONTS = List.of(
            "Literata-Regular.ttf", "Literata-Italic.ttf", "Literata-Bold.ttf", "Literata-BoldItalic.ttf");

    private final Images images;
    private final boolean embedFonts;
    private final boolean hasSources;
    private final List<List<ColumnPart>> columnParts = new ArrayList<>();
    private final List<Item> spine = new ArrayList<>();
    private final List<Item> resources = new ArrayList<>();
    private final Optional<String> bodyStart;
    private final Optional<String> backStart;
    private final boolean hasIndex;
    /** The document of each column and piece of matter, by its id: where its index occurrences are. */
    private final Map<String, String> documentOf = new HashMap<>();
    /** The document of each occurrence in a very long column's documents but the last, by occurrence id. */
    private final Map<String, String> occurrenceDocument = new HashMap<>();

    Plan(Book book, Images images, boolean embedFonts, boolean hasSources) {
        this.images = images;
        this.embedFonts = embedFonts;
        this.hasSources = hasSources;
        for (int i = 0; i < book.columns().size(); i++) {
            List<List<Block>> bodies = BodyCutter.split(book.columns().get(i).body());
            List<ColumnPart> parts = new ArrayList<>();
            for (int part = 0; part < bodies.size(); part++) {
                parts.add(new ColumnPart(Layout.column(i, part), bodies.get(part)));
            }
            columnParts.add(List.copyOf(parts));
        }
        // The spine is the print order (ISSUE14: the trade's order of front matter around the title page).
        cover().ifPresent(c -> spine.add(Item.xhtml("cover", Layout.COVER)));
        matter(book.front(), FrontPlace.BEFORE_TITLE_PAGE);
        spine.add(Item.xhtml("titlepage", Layout.TITLE_PAGE));
        spine.add(Item.xhtml("copyright", Layout.COPYRIGHT));
        matter(book.front(), FrontPlace.BEFORE_CONTENTS);
        spine.add(new Item("nav", Layout.NAV, Item.XHTML, "nav"));
        matter(book.front(), FrontPlace.AFTER_CONTENTS);
        for (int i = 0; i < book.columns().size(); i++) {
            int index = i;
            book.partOf(book.columns().get(i))
                    .filter(part -> part.columns().get(0).equals(book.columns().get(index).id()))
                    .ifPresent(part -> spine.add(Item.xhtml(part.id(), Layout.part(part))));
            for (int part = 0; part < columnParts.get(i).size(); part++) {
                spine.add(Item.xhtml(columnId(i, part), Layout.column(i, part)));
            }
        }
        book.backBeforeSources().forEach(m -> spine.add(Item.xhtml(m.id(), Layout.matter(m))));
        if (hasSources) {
            spine.add(Item.xhtml("sources", Layout.SOURCES));
        }
        this.hasIndex = !book.index().isEmpty();
        if (hasIndex) {
            // EPUB Indexes 1.0's manifest property: reading systems know the index by it, and epubcheck
            // checks the index's structure against that specification.
            spine.add(new Item("index", Layout.INDEX, Item.XHTML, "index"));
            locateOccurrences(book);
        }
        book.backAfterSources().forEach(m -> spine.add(Item.xhtml(m.id(), Layout.matter(m))));
        resources.add(new Item("ncx", Layout.NCX, "application/x-dtbncx+xml", null));
        resources.add(new Item("css", Layout.CSS, "text/css", null));
        if (embedFonts) {
            for (int i = 0; i < FONTS.size(); i++) {
                resources.add(new Item("font-" + (i + 1), "fonts/" + FONTS.get(i), "font/ttf", null));
            }
            resources.add(new Item("font-licence", Layout.FONT_LICENCE, "text/plain", null));
        }
        images.all().forEach(e -> resources.add(e.getValue()));
        this.bodyStart = book.parts().isEmpty()
                ? (book.columns().isEmpty() ? Optional.<String>empty() : Optional.of(columnHref(0)))
                : Optional.of(Layout.part(book.parts().get(0)));
        this.backStart = book.backBeforeSources().stream().map(Layout::matter).findFirst()
                .or(() -> hasSources ? Optional.of(Layout.SOURCES) : Optional.empty())
                .or(() -> hasIndex ? Optional.of(Layout.INDEX) : Optional.empty())
                .or(() -> book.backAfterSources().stream().map(Layout::matter).findFirst());
    }

    /**
     * Where each occurrence of the index is: in its column's or matter's document, or, in a very long column
     * cut into several documents, in the one whose blocks hold its mark (the notes and the bio, and what they
     * mark, are in the last).
     */
    private void locateOccurrences(Book book) {
        book.front().forEach(m -> documentOf.put(m.id(), Layout.matter(m)));
        book.back().forEach(m -> documentOf.put(m.id(), Layout.matter(m)));
        for (int i = 0; i < book.columns().size(); i++) {
            Column column = book.columns().get(i);
            List<ColumnPart> parts = columnParts.get(i);
            documentOf.put(column.id(), parts.get(parts.size() - 1).href());
            for (ColumnPart part : parts.subList(0, parts.size() - 1)) {
                IndexMarkIds.in(part.body()).forEach(id -> occurrenceDocument.put(id, part.href()));
            }
        }
    }

    /** The place an occurrence links to, relative to the package document: {@code text/column-0003.xhtml#ix-de-trein-7}. */
    String href(IndexTerm.Occurrence occurrence) {
        String document = occurrenceDocument.getOrDefault(occurrence.id(), documentOf.get(occurrence.owner()));
        if (document == null) {
            throw new IllegalStateException("index occurrence " + occurrence.id() + " is in " + occurrence.owner()
                    + ", which has no document in the EPUB");
        }
        return document + "#" + occurrence.id();
    }

    /** True when the book has an index (and so an index document after the sources page). */
    boolean hasIndex() {
        return hasIndex;
    }

    private void matter(List<Matter> front, FrontPlace place) {
        front.stream().filter(m -> placeOf(m) == place).forEach(m -> spine.add(Item.xhtml(m.id(), Layout.matter(m))));
    }

    /** Where a piece of front matter stands around the title page and the contents. */
    enum FrontPlace { BEFORE_TITLE_PAGE, BEFORE_CONTENTS, AFTER_CONTENTS }

    /**
     * The trade's order, as in the printed book: the half-title before the title page; a dedication and an
     * epigraph (printed alone, without a heading) after the copyright page and before the contents; the
     * pieces with a heading (foreword, preface, introduction, acknowledgements) after the contents, which
     * list them.
     */
    static FrontPlace placeOf(Matter matter) {
        if (matter.kind() == Matter.Kind.HALF_TITLE) {
            return FrontPlace.BEFORE_TITLE_PAGE;
        }
        return matter.kind().style() == Matter.Style.ALONE ? FrontPlace.BEFORE_CONTENTS : FrontPlace.AFTER_CONTENTS;
    }

    /** Where reading begins: the first part's title, else the first column; empty for a book without columns. */
    Optional<String> bodyStart() {
        return bodyStart;
    }

    /** The first document after the columns: the first back matter, the sources page or the index; empty for none. */
    Optional<String> backStart() {
        return backStart;
    }

    /** Every manifest item: the spine's documents, then style, fonts and images. */
    List<Item> manifest() {
        List<Item> all = new ArrayList<>(spine);
        all.addAll(resources);
        return all;
    }

    List<Item> spine() {
        return List.copyOf(spine);
    }

    /** The manifest id of a column's document, or of a part of a very long column's. */
    static String columnId(int index, int part) {
        return String.format("column-%04d", index + 1) + (part == 0 ? "" : "-" + (part + 1));
    }

    /** One content document of a column: where it goes, and the part of the body it holds. */
    record ColumnPart(String href, List<Block> body) {
    }

    /** Where a column begins. */
    String columnHref(int index) {
        return columnParts.get(index).get(0).href();
    }

    /** Where each column begins. */
    List<String> columnHrefs() {
        return columnParts.stream().map(parts -> parts.get(0).href()).toList();
    }

    /** A column's documents: one, or one per part of a very long column ({@link BodyCutter}). */
    List<ColumnPart> columnParts(int index) {
        return columnParts.get(index);
    }

    Optional<Item> cover() {
        return images.all().stream().map(e -> e.getValue())
                .filter(i -> "cover-image".equals(i.properties())).findFirst();
    }

    Images images() {
        return images;
    }

    boolean embedFonts() {
        return embedFonts;
    }

    boolean hasSources() {
        return hasSources;
    }
}
