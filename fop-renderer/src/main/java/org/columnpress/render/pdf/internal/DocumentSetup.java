package org.columnpress.render.pdf.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;

/**
 * How every PDF of a build is made, in one place for the renderer and {@link Stages}: the stylesheet
 * compiled and FOP configured once, then per document a fresh FOP user agent and a fresh transformer,
 * both set up alike. Thread-safe: what is shared is read-only.
 */
final class DocumentSetup {

    private final Templates templates;
    private final FopFactory fopFactory;
    private final GuardedResourceResolver resolver = new GuardedResourceResolver();
    private final PdfSettings settings;
    private final Instant timestamp;
    private final FontSetup fonts;
    private final Reporter reporter;
    /** FOP renderer options beyond the settings' PDF/A and PDF/UA (PDF/X for print). */
    private final Map<String, String> rendererOptions;

    DocumentSetup(PdfSettings settings, FontSetup fonts, RenderOptions options) {
        this.templates = Stylesheets.compile(settings.stylesheet());
        this.fopFactory = FopSetup.factory(fonts, options.baseDirectory().toUri(), resolver);
        this.settings = settings;
        this.timestamp = options.timestamp();
        this.fonts = fonts;
        this.reporter = options.reporter();
        this.rendererOptions = Map.of();
    }

    private DocumentSetup(DocumentSetup base, PdfSettings settings, Map<String, String> rendererOptions) {
        this.templates = base.templates;
        this.fopFactory = base.fopFactory;
        this.settings = settings;
        this.timestamp = base.timestamp;
        this.fonts = base.fonts;
        this.reporter = base.reporter;
        this.rendererOptions = Map.copyOf(rendererOptions);
    }

    /**
     * The same stylesheet, fonts and FOP, with other settings (the print edition's parameters) and more
     * renderer options, such as {@code pdf-x-mode}.
     */
    DocumentSetup with(PdfSettings other, Map<String, String> moreRendererOptions) {
        return new DocumentSetup(this, other, moreRendererOptions);
    }

    /**
     * Has FOP remember how it hyphenated each word of these languages, for every document this setup (and
     * each {@link #with} it) makes from now on: the book PDF, the print interior and the column PDFs share it.
     */
    void rememberHyphenation(java.util.Set<String> languages) {
        HyphenationMemo.install(fopFactory, languages);
    }

    /** How many words of a language ("nl", "en_GB") FOP remembers; -1 when it does not remember that language. */
    int rememberedWords(String language) {
        return HyphenationMemo.remembered(fopFactory, language);
    }

    /** The faces FOP was configured with. */
    FontSetup fonts() {
        return fonts;
    }

    /**
     * A user agent for one document: the build's timestamp as creation date, tagged, and the PDF/A and
     * PDF/UA modes the settings ask for.
     */
    FOUserAgent userAgent() {
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setCreationDate(Date.from(timestamp));
        agent.setProducer("Columnpress (Apache FOP)");
        agent.setCreator("Columnpress");
        agent.setAccessibility(true);
        // Title, authors and subject come from the XMP in fo:declarations (metadata.xsl): set here too,
        // FOP would write them as simple XMP properties that PDF/A validators reject.
        settings.pdfaMode().ifPresent(mode -> agent.getRendererOptions().put("pdf-a-mode", mode));
        if (settings.pdfua()) {
            agent.getRendererOptions().put("pdf-ua-mode", "PDF/UA-1");
        }
        agent.getRendererOptions().putAll(rendererOptions);
        return agent;
    }

    /** FOP writing a PDF to {@code out}, with a user agent from {@link #userAgent()}. */
    Fop newFop(FOUserAgent agent, OutputStream out) throws FOPException {
        return fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
    }

    /** {@link #newFop(FOUserAgent, OutputStream)} telling {@code pages} where the ids it wants land. */
    Fop newFop(FOUserAgent agent, OutputStream out, LaidOutPages pages) throws FOPException {
        agent.setFOEventHandlerOverride(new PageRecordingHandler(agent, MimeConstants.MIME_PDF, out, pages));
        return fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
    }

    /**
     * A transformer for one document: the build's timestamp and the stylesheet parameters set, no document
     * loaded while rendering (imports were resolved, and checked, when the stylesheet compiled), and each
     * {@code xsl:message} that does not stop the build told to the user.
     */
    Transformer transformer() throws TransformerException {
        Transformer transformer = templates.newTransformer();
        transformer.setErrorListener(new MessageNotes(reporter));
        transformer.setParameter("build.timestamp", timestamp.toString());
        settings.params().forEach(transformer::setParameter);
        transformer.setURIResolver((href, base) -> {
            throw new TransformerException("Refused to read '" + href + "' while rendering: the"
                    + " stylesheet may not load documents.");
        });
        return transformer;
    }
}
