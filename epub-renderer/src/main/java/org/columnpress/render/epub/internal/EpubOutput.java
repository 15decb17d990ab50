package org.columnpress.render.epub.internal;

import java.nio.file.Path;
import org.columnpress.core.render.html.HtmlOutput;
import org.columnpress.core.render.html.MarkupWriter;

/** The EPUB as an HTML output: its images in the container's {@code images/}, its notes typed for EPUB 3. */
final class EpubOutput implements HtmlOutput {

    private final Images images;

    EpubOutput(Images images) {
        this.images = images;
    }

    @Override
    public String name() {
        return "EPUB";
    }

    /** From a content document in {@code text/}. */
    @Override
    public ImageLink image(Path file) {
        return new ImageLink("../" + images.item(file).href());
    }

    @Override
    public void mark(MarkupWriter<?> x, Role role) {
        ((Xhtml) x).epubType(switch (role) {
            case NOTEREF -> "noteref";
            case FOOTNOTE -> "footnote";
        });
    }
}
