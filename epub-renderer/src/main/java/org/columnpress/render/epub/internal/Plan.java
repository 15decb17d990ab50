package org.columnpress.render.epub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.BodyCutter;

/**
 * What goes into one EPUB, decided before a byte is written: the manifest in its fixed order, the
 * spine, the images and fonts. The package document and the zip are both written from it.
 */
final class Plan {

    static final List<String> FONTS = List.of(
            "Literata-Regular.ttf", "Literata-Italic.ttf", "Literata-Bold.ttf", "Literata-BoldItalic.ttf");

    private final Images images;
    private final boolean embedFonts;
    private final boolean hasSources;
    private final List<List<ColumnPart>> columnParts = new ArrayList<>();
    private final List<Item> spine = new ArrayList<>();
    private final List<Item> resources = new ArrayList<>();

    Plan(Book book, Images images, boolean embedFonts, boolean hasSources) {
        this.images = images;
        this.embedFonts = embedFonts;
        this.hasSources = hasSources;
        cover().ifPresent(c -> spine.add(Item.xhtml("cover", Layout.COVER)));
        spine.add(Item.xhtml("titlepage", Layout.TITLE_PAGE));
        spine.add(Item.xhtml("copyright", Layout.COPYRIGHT));
        spine.add(new Item("nav", Layout.NAV, Item.XHTML, "nav"));
        for (int i = 0; i < book.columns().size(); i++) {
            List<List<Block>> bodies = BodyCutter.split(book.columns().get(i).body());
            List<ColumnPart> parts = new ArrayList<>();
            for (int part = 0; part < bodies.size(); part++) {
                parts.add(new ColumnPart(Layout.column(i, part), bodies.get(part)));
                spine.add(Item.xhtml(columnId(i, part), Layout.column(i, part)));
            }
            columnParts.add(List.copyOf(parts));
        }
        if (hasSources) {
            spine.add(Item.xhtml("sources", Layout.SOURCES));
        }
        resources.add(new Item("ncx", Layout.NCX, "application/x-dtbncx+xml", null));
        resources.add(new Item("css", Layout.CSS, "text/css", null));
        if (embedFonts) {
            for (int i = 0; i < FONTS.size(); i++) {
                resources.add(new Item("font-" + (i + 1), "fonts/" + FONTS.get(i), "font/ttf", null));
            }
            resources.add(new Item("font-licence", Layout.FONT_LICENCE, "text/plain", null));
        }
        images.all().forEach(e -> resources.add(e.getValue()));
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
