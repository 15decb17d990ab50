package org.columnpress.render.epub.internal;

/**
 * One manifest entry of the EPUB.
 *
 * @param id         the manifest id
 * @param href       relative to the package document ({@code text/column-0001.xhtml})
 * @param mediaType  such as {@code application/xhtml+xml}
 * @param properties EPUB 3 manifest properties ({@code nav}, {@code cover-image}), or null
 */
record Item(String id, String href, String mediaType, String properties) {

    static final String XHTML = "application/xhtml+xml";

    static Item xhtml(String id, String href) {
        return new Item(id, href, XHTML, null);
    }
}
