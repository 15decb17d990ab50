package org.columnpress.render.epub.internal;

/**
 * The three partitions of a book that the EPUB 3 Structural Semantics Vocabulary names, set as
 * {@code epub:type} on each content document's {@code body}: reading systems use them to tell the front and
 * back matter from the text (where to open the book, what to skip when reading aloud).
 */
enum Partition {
    FRONT("frontmatter"),
    BODY("bodymatter"),
    BACK("backmatter");

    final String epubType;

    Partition(String epubType) {
        this.epubType = epubType;
    }
}
