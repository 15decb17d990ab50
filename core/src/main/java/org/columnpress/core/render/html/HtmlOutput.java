package org.columnpress.core.render.html;

import java.nio.file.Path;

/**
 * What one HTML output adds to the markup the outputs share ({@link BodyWriter}): its name in warnings, where
 * its images are, and the semantics only it writes (the EPUB's {@code epub:type}).
 */
public interface HtmlOutput {

    /** The elements an output may mark with semantics of its own. */
    enum Role {
        /** A footnote reference's link. */
        NOTEREF,
        /** A footnote. */
        FOOTNOTE
    }

    /**
     * The output's name in warnings: {@code EPUB}, {@code web edition}.
     *
     * @return the name, as it reads after "the"
     */
    String name();

    /**
     * How the page links an image of the book.
     *
     * @param file the image, as {@link org.columnpress.core.model.Block.Image#file()} gives it
     * @return the link and, when the output gives one, the size
     */
    ImageLink image(Path file);

    /**
     * Marks the element just started, which plays {@code role}; nothing by default.
     *
     * @param x    the writer, just after the element's start
     * @param role what the element is
     */
    default void mark(MarkupWriter<?> x, Role role) {
    }

    /**
     * An image as a page links it.
     *
     * @param src    relative to the page
     * @param width  in CSS pixels, or 0 when the output gives no size
     * @param height in CSS pixels, or 0 when the output gives no size
     */
    record ImageLink(String src, int width, int height) {
        /**
         * A link without a size.
         *
         * @param src relative to the page
         */
        public ImageLink(String src) {
            this(src, 0, 0);
        }

        /**
         * Writes the image's {@code img} element, with its size when the output gives one (the page keeps
         * the image's room while it loads).
         *
         * @param x   the writer
         * @param alt the text alternative
         */
        public void img(MarkupWriter<?> x, String alt) {
            x.empty("img", "src", src, "alt", alt, "width", width > 0 ? Integer.toString(width) : null,
                    "height", height > 0 ? Integer.toString(height) : null);
        }
    }
}
