package org.columnpress.render.epub.internal;

import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;

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
    static final String INDEX = "text/index.xhtml";
    static final String FONT_LICENCE = "fonts/OFL-Literata.txt";

    private Layout() {
    }

    /** A piece of front or back matter's document: {@code text/foreword.xhtml} (a book has one of each kind). */
    static String matter(Matter matter) {
        return "text/" + matter.kind().key() + ".xhtml";
    }

    /** A part's title document: {@code text/part-01.xhtml}. */
    static String part(Part part) {
        return String.format("text/part-%02d.xhtml", part.number());
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
