package org.columnpress.render.pdf;

import java.nio.file.Path;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.render.pdf.internal.Stages;

/**
 * The PDF pipeline one stage at a time, for measuring where a build's time goes: the book as the
 * renderer's XML, that XML through the stylesheet to an XSL-FO file, and Apache FOP alone on an FO file.
 * Every stage uses what the {@code pdf} renderer would (the same {@code pdf.*} settings, stylesheet,
 * parameters, fonts, FOP configuration and user agent), so FOP alone on this FO is the floor the whole
 * pipeline can be measured against. Not used in a build; the benchmark ({@code examples/benchmark}) times
 * it. One instance compiles the stylesheet and configures FOP once; its stages may run many times.
 */
public final class PdfStages {

    private final Stages stages;

    /** @param options as the {@code pdf} renderer gets them ({@code pdf.} settings without the prefix) */
    public PdfStages(RenderOptions options) {
        this.stages = new Stages(options);
    }

    /**
     * The book XML the renderer transforms (written whole, as {@code pdf.debug} keeps it), into {@code xml}.
     *
     * @param book the book
     * @param xml  the file to write; replaced if it exists
     */
    public void writeXml(Book book, Path xml) {
        stages.writeXml(book, xml);
    }

    /**
     * Book XML to XSL-FO with the renderer's stylesheet and parameters, into {@code fo}.
     *
     * @param xml a file {@link #writeXml} wrote
     * @param fo  the file to write; replaced if it exists
     */
    public void writeFo(Path xml, Path fo) {
        stages.writeFo(xml, fo);
    }

    /**
     * Apache FOP alone: the FO file, read as it is, into FOP with the renderer's fonts, configuration and
     * user agent (tagged, PDF/A and PDF/UA as set), but none of the renderer's work around it (no XSLT,
     * no warnings collected, no post-pass).
     *
     * @param fo  an XSL-FO file, such as {@link #writeFo} writes
     * @param pdf the file to write; replaced if it exists
     * @return the page count
     */
    public int fopAlone(Path fo, Path pdf) {
        return stages.fopAlone(fo, pdf);
    }
}
