/**
 * The {@code epub} renderer: a {@link org.columnpress.core.model.Book} as one EPUB 3 file that passes
 * W3C epubcheck and DAISY Ace. {@link org.columnpress.render.epub.EpubRendererFactory} is the entry point.
 *
 * <h2>How we get EPUB 3 out of epublib</h2>
 * We use {@code io.documentnode:epub4j-core} (Apache-2.0, maintained, Java 11), not
 * {@code com.positiondev.epublib:epublib-core} (an LGPL republish of 2017 that forces an slf4j binding on
 * its users). Both write EPUB 2.0.1 only, and epub4j's {@code EpubWriter} also stamps zip entries with
 * the clock, orders them by a hash map and logs-and-continues when a resource fails to write. So we
 * write the EPUB 3 parts ourselves, with StAX: the package document (version 3.0, dcterms:modified,
 * refined titles, accessibility metadata), the navigation document, every content document, and a
 * reproducible zip ({@code mimetype} first and stored, fixed entry order and times). epub4j keeps the
 * job it does well: the EPUB 2 NCX ({@code toc.ncx}) for old readers, from its table-of-contents model.
 * Its {@code LazyResource} would allow lazy chapters too, but we need none: each chapter is written
 * straight into the zip, so memory stays flat however many columns a book has.
 *
 * <h2>One column, one content document, unless it is very long</h2>
 * A column over 200,000 characters goes into several documents, cut by the rule the PDF uses for its page
 * sequences ({@link org.columnpress.core.render.BodyCutter}; between blocks only, where the PDF may also
 * cut a paragraph longer than what is left of a part): reading systems lay out a whole document
 * at a time, and some struggle past a few hundred kilobytes. The opener is in the first, notes, bio and
 * copyright line in the last; note references and back links point across documents; the navigation
 * document and the sources page point at the first.
 *
 * <h2>The book's shape</h2>
 * The spine follows the printed book: cover, half-title, title and copyright pages, dedication and epigraph,
 * the contents, foreword, preface, introduction and acknowledgements, then each part's title document
 * ({@code epub:type="part"}) before its columns, then afterword (and acknowledgements written for the back),
 * the sources page, about the author, also by and the colophon. Each piece of matter is a document of its
 * own with its kind's {@code epub:type} and DPUB-ARIA role; every document's {@code body} says whether it is
 * front, body or back matter. The contents and the NCX are made from one list and nest a part's columns
 * under it; the landmarks point at the cover, the contents, the start of the text and the back matter.
 */
package org.columnpress.render.epub;
