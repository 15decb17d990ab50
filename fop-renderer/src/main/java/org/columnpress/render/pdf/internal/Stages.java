package org.columnpress.render.pdf.internal;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;

/**
 * What {@link org.columnpress.render.pdf.PdfStages} does: each stage with the same stylesheet, fonts, FOP
 * configuration, user agent and transformer as {@link PdfRenderer}, all from {@link DocumentSetup}.
 */
public final class Stages {

    private final RenderOptions options;
    private final DocumentSetup setup;

    public Stages(RenderOptions options) {
        this.options = options;
        PdfSettings settings = PdfSettings.from(options);
        this.setup = new DocumentSetup(settings, new FontSetup(settings.fonts()), options);
    }

    public void writeXml(Book book, Path xml) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml))) {
            new BookXmlWriter(options.reporter()).write(book, book.columns(), "book", out);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write " + xml + ": " + e.getMessage(), e);
        }
    }

    public void writeFo(Path xml, Path fo) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(fo))) {
            setup.transformer().transform(new StreamSource(xml.toFile()), new StreamResult(out));
        } catch (IOException | TransformerException e) {
            throw new ColumnpressException("Cannot transform " + xml + ": " + e.getMessage(), e);
        }
    }

    public int fopAlone(Path fo, Path pdf) {
        FOUserAgent agent = setup.userAgent();
        // Any listener replaces FOP's default one, which logs every page: the floor must not pay for that.
        agent.getEventBroadcaster().addEventListener(event -> { });
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            Fop fop = setup.newFop(agent, out);
            Stylesheets.factory().newTransformer()
                    .transform(new StreamSource(fo.toFile()), new SAXResult(fop.getDefaultHandler()));
            return fop.getResults().getPageCount();
        } catch (IOException | FOPException | TransformerException e) {
            throw new ColumnpressException("FOP failed on " + fo + ": " + e.getMessage(), e);
        }
    }
}
