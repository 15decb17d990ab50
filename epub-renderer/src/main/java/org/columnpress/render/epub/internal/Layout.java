package org.columnpress.render.epub.internal;

/** Where things live inside the EPUB container. Hrefs are relative to the package document. */
final class Layout {

    static final String ROOT = "OEBPS/";
    static final String PACKAGE = ROOT + "content.opf";
    static final String CSS = "css/style.css";
    /** The style sheet as seen from a content document in {@code text/}. */
    static final String CSS_FROM_TEXT = "../" + CSS;
    static final String NCX = "toc.ncx";
    static final String NAV = "text/nav.xhtml";
    static final String COVER = "text/cover.xhtml";
    static final String TITLE_PAGE = "text/titlepage.xhtml";
    static final String COPYRIGHT = "text/copyright.xhtml";
    static final String SOURCES = "text/sources.xhtml";
    static final String FONT_LICENCE = "fonts/OFL-Literata.txt";

    private Layout() {
    }

    static String column(int index) {
        return String.format("text/column-%04d.xhtml", index + 1);
    }

    /** Part {@code part} (from 0) of a very long column; part 0 is {@link #column(int)}. */
    static String column(int index, int part) {
        return part == 0 ? column(index) : String.format("text/column-%04d-%d.xhtml", index + 1, part + 1);
    }

    /** The href of a document in {@code text/} as linked from another one there. */
    static String sibling(String href) {
        return href.substring("text/".length());
    }
}
