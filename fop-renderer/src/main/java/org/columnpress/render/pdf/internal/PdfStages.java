package org.columnpress.render.pdf.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;

/**
 * The PDF pipeline one stage at a time, for the benchmark: book XML, XSLT to an FO file, and FOP alone on
 * an FO file (the floor the whole pipeline is measured against). Same stylesheet, fonts and FOP
 * configuration as {@link PdfRenderer}; not used in a build.
 */
public final class PdfStages {

    private final RenderOptions options;
    private final PdfSettings settings;
    private final Templates templates;
    private final FopFactory fopFactory;

    public PdfStages(RenderOptions options) {
        this.options = options;
        this.settings = PdfSettings.from(options);
        this.templates = Stylesheets.compile(settings.stylesheet());
        this.fopFactory = FopSetup.factory(new FontSetup(settings.fonts()), options.baseDirectory().toUri());
    }

    /** Model to book XML, as the renderer writes it for the book PDF. */
    public void writeXml(Book book, Path xml) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml))) {
            new BookXmlWriter(options.reporter()).write(book, book.columns(), "book", out);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write " + xml + ": " + e.getMessage(), e);
        }
    }

    /** Book XML to XSL-FO with the renderer's stylesheet and parameters. */
    public void writeFo(Path xml, Path fo) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fo))) {
            Transformer transformer = templates.newTransformer();
            transformer.setParameter("build.timestamp", options.timestamp().toString());
            settings.params().forEach(transformer::setParameter);
            transformer.transform(new StreamSource(xml.toFile()), new StreamResult(out));
        } catch (IOException | TransformerException e) {
            throw new ColumnpressException("Cannot transform " + xml + ": " + e.getMessage(), e);
        }
    }

    /**
     * FOP alone: an FO file through an identity transformation into FOP, with the same user agent
     * settings (tagged, PDF/A) as the renderer but none of our work around it.
     *
     * @return the page count
     */
    public int fopAlone(Path fo, Path pdf) {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setCreationDate(Date.from(options.timestamp()));
        agent.setAccessibility(true);
        // Any listener replaces FOP's default one, which logs every page: the floor must not pay for that.
        agent.getEventBroadcaster().addEventListener(event -> { });
        settings.pdfaMode().ifPresent(mode -> agent.getRendererOptions().put("pdf-a-mode", mode));
        if (settings.pdfua()) {
            agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            Stylesheets.factory().newTransformer()
                    .transform(new StreamSource(fo.toFile()), new SAXResult(fop.getDefaultHandler()));
            return fop.getResults().getPageCount();
        } catch (IOException | FOPException | TransformerException e) {
            throw new ColumnpressException("FOP failed on " + fo + ": " + e.getMessage(), e);
        }
    }
}
