package org.columnpress.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.columnpress.core.ColumnpressException;
import org.xml.sax.SAXException;

/** Builds the one {@link FopFactory} of a renderer: our fonts, no auto-detection, no font cache. */
final class FopSetup {

    /**
     * FOP logs "coverage set class table not yet supported" through java.util.logging for every font
     * with such GDEF tables (Literata has them): harmless, and it would flood the build log. Held here
     * so the level setting is not garbage-collected with the logger.
     */
    private static final java.util.logging.Logger COMPLEX_SCRIPTS =
            java.util.logging.Logger.getLogger("org.apache.fop.complexscripts.fonts");

    /**
     * FOP warns "Note: PDF/X-4 support is work-in-progress and not fully implemented, yet!" for every PDF/X
     * document, the only warning of that class: said once in the README (what the preflight checks instead)
     * rather than in every print build's log. FOP logs through commons-logging, which in Maven reaches its
     * SLF4J simple logger; that logger reads a level for a class from this system property when the class
     * first asks for its logger, which FOP's PDF renderer does after this class has loaded. A level the user
     * set is kept; java.util.logging, for a JVM without SLF4J, is quieted too.
     */
    private static final String PDFX_NOTE = "org.apache.fop.render.pdf.PDFRenderingUtil";
    private static final java.util.logging.Logger PDFX_NOTE_JUL = java.util.logging.Logger.getLogger(PDFX_NOTE);

    static {
        COMPLEX_SCRIPTS.setLevel(java.util.logging.Level.SEVERE);
        PDFX_NOTE_JUL.setLevel(java.util.logging.Level.SEVERE);
        String level = "org.slf4j.simpleLogger.log." + PDFX_NOTE;
        if (System.getProperty(level) == null) {
            System.setProperty(level, "error");
        }
    }

    private FopSetup() {
    }

    /**
     * FOP reads its configuration, a lazily expanded DOM, each time a document starts; the first reads
     * from several threads at once raced (an NPE in FOUserAgent.getRendererConfiguration). One document
     * handler made here, on one thread, expands it before the parallel renders begin.
     */
    private static void warmUp(FopFactory factory) {
        try {
            factory.newFop(org.apache.fop.apps.MimeConstants.MIME_PDF, factory.newFOUserAgent(),
                    java.io.OutputStream.nullOutputStream());
        } catch (org.apache.fop.apps.FOPException e) {
            throw new ColumnpressException("Cannot configure Apache FOP: " + e.getMessage(), e);
        }
    }

    static FopFactory factory(FontSetup fonts, URI base, GuardedResourceResolver resolver) {
        String config = "<fop version=\"1.0\">\n"
                + "  <use-cache>false</use-cache>\n"
                + "  <accessibility>true</accessibility>\n"
                // FOP's complex-script path applies the font's GSUB ligatures (Literata's "Th") but
                // gives them no Unicode mapping: copied, searched or read aloud, "The" became "e".
                // Text that is right beats ligatures and GPOS kerning; revisit when FOP maps them.
                + "  <complex-scripts disabled=\"true\"/>\n"
                + "  <renderers><renderer mime=\"application/pdf\">\n"
                + fonts.fopConfig()
                + "  </renderer></renderers>\n"
                + "</fop>\n";
        try {
            FopConfParser parser = new FopConfParser(
                    new ByteArrayInputStream(config.getBytes(StandardCharsets.UTF_8)), base,
                    resolver);
            FopFactory factory = parser.getFopFactoryBuilder().build();
            factory.getRendererFactory().addDocumentHandlerMaker(new OutOfOrderPdfHandlerMaker());
            warmUp(factory);
            return factory;
        } catch (SAXException | IOException e) {
            throw new ColumnpressException("Cannot configure Apache FOP: " + e.getMessage(), e);
        }
    }
}
