package org.columnpress.render.pdf.internal;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.transform.Templates;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.stream.StreamSource;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.model.Book;

/**
 * Renders a book's full-wrap cover: cover XML ({@link CoverXmlWriter}) -> {@code cover.xsl} (or the user's
 * stylesheet that imports it) -> FOP -> one page exactly {@link CoverLayout}'s size, with the interior's
 * embedded fonts. Not PDF/A and not tagged: a cover goes to a printer's prepress, not to a reader, and
 * PDF/A's RGB output intent would fight the CMYK colours. Reproducible: the build's timestamp, and the file
 * ID from the content ({@link PdfPostProcessor}). Build one per build; thread-safe.
 */
public final class CoverRenderer {

    /** cover.xsl's default of cover.blurb.line.height, to count the lines a blurb is too long by. */
    private static final String DEFAULT_BLURB_LINE_HEIGHT = "15.5pt";

    private final RenderOptions options;
    private final PdfSettings settings;
    private final Templates templates;
    private final FopFactory fopFactory;
    private final java.awt.Font spineFace;

    /**
     * @param options    the {@code pdf} renderer's settings: its fonts, and its {@code param.*} (the cover
     *                   stylesheet imports the book's, so body.font.family and the like apply to it too)
     * @param stylesheet the user's cover stylesheet (which imports
     *                   {@code https://columnpress.org/xsl/fo/cover.xsl}), or empty for ours
     */
    public CoverRenderer(RenderOptions options, Optional<Path> stylesheet) {
        this(options, new FontSetup(PdfSettings.from(options).fonts()), stylesheet);
    }

    /** With the fonts the build's PDF renderer already loaded, so a build loads them once. */
    CoverRenderer(RenderOptions options, FontSetup fonts, Optional<Path> stylesheet) {
        this.options = options;
        this.settings = PdfSettings.from(options);
        this.templates = Stylesheets.compile(stylesheet, StylesheetResolver.COVER);
        this.fopFactory = FopSetup.factory(fonts, options.baseDirectory().toUri(), new GuardedResourceResolver());
        this.spineFace = SpineText.face(fonts);
    }

    /**
     * Writes the cover PDF.
     *
     * @throws InputException naming the blurb's file when blurb and bio do not fit the back, saying by how
     *                        much; no PDF is left behind then
     * @throws ColumnpressException when the layout asks for our barcode and the book has no ISBN
     */
    public void render(Book book, CoverLayout layout, CoverText text, Path pdf) {
        render(book, layout, text, pdf, Map.of());
    }

    /**
     * As {@link #render(Book, CoverLayout, CoverText, Path)}, with FOP renderer options: the interior's PDF
     * standard ({@code pdf-x-mode} and its {@code output-profile}), so cover and interior are made alike.
     */
    public void render(Book book, CoverLayout layout, CoverText text, Path pdf, Map<String, String> fopOptions) {
        Optional<IsbnBarcode> barcode = barcode(book, layout, text);
        Optional<CoverXmlWriter.FrontImage> front = book.cover().flatMap(file -> CoverImages.front(file, layout,
                options.reporter()));
        ByteArrayOutputStream xml = new ByteArrayOutputStream(16 * 1024);
        new CoverXmlWriter(options.reporter()).write(book, text, front, barcode, xml);
        if (settings.debug()) {
            writeDebug(pdf, xml.toByteArray());
        }
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.setCreationDate(Date.from(options.timestamp()));
        agent.setProducer("Columnpress (Apache FOP)");
        agent.setCreator("Columnpress");
        agent.setAccessibility(false);
        agent.getRendererOptions().putAll(fopOptions);
        CoverEvents events = new CoverEvents(options.reporter(), pdf.getFileName().toString());
        agent.getEventBroadcaster().addEventListener(events);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
            Fop fop = fopFactory.newFop(MimeConstants.MIME_PDF, agent, out);
            transformer(book, layout).transform(new StreamSource(new ByteArrayInputStream(xml.toByteArray())),
                    new SAXResult(fop.getDefaultHandler()));
        } catch (TransformerException | FOPException | IOException e) {
            delete(pdf);
            String fopError = events.firstError();
            throw new ColumnpressException("Cannot render the cover " + pdf.getFileName() + ": "
                    + (fopError != null ? fopError : e.getMessage()), e);
        }
        if (events.backOverflow() > 0) {
            delete(pdf);
            throw tooLong(events.backOverflow(), text, settings.params().getOrDefault("cover.blurb.line.height",
                    DEFAULT_BLURB_LINE_HEIGHT));
        }
        try {
            PdfPostProcessor.finish(pdf, false, false);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static Optional<IsbnBarcode> barcode(Book book, CoverLayout layout, CoverText text) {
        if (layout.barcode().mode() != CoverLayout.Mode.PRINT) {
            return Optional.empty();
        }
        String isbn = book.isbn().orElseThrow(() -> new ColumnpressException("The printer wants an ISBN"
                + " barcode on the back cover, but the book's identifier is " + book.identifier() + ", not an"
                + " ISBN. Give the ISBN as identifier in book.yaml."));
        return Optional.of(IsbnBarcode.of(isbn, layout.barcode().addOn()
                ? Optional.of(org.columnpress.core.print.PriceAddOn.of(text.price())) : Optional.empty()));
    }

    /**
     * A transformer for the cover: the user's {@code param.*} first, then the layout, which the printer
     * fixes; the spine's font size is computed only when the user set none.
     */
    private Transformer transformer(Book book, CoverLayout layout) throws TransformerException {
        Transformer transformer = templates.newTransformer();
        transformer.setErrorListener(new MessageNotes(options.reporter()));
        transformer.setParameter("build.timestamp", options.timestamp().toString());
        Map<String, String> params = new LinkedHashMap<>(settings.params());
        double spineFont = SpineText.fontSize(book, layout, spineFace);
        params.putIfAbsent("cover.spine.font.size", pt(spineFont));
        params.putAll(layoutParams(layout));
        // A cover is paper only: a link in the blurb or bio prints as its text, no annotation (printers refuse them).
        params.put("links.clickable", "false");
        if (layout.spineText() && spineFont < SpineText.MIN && !settings.params().containsKey("cover.spine.font.size")) {
            params.put("cover.spine.text", "false");
            options.reporter().info(String.format(Locale.ROOT, "The cover's spine (%.2f in) is too thin for title and"
                    + " author in %.0f pt or more: it is left blank.", layout.spineWidth() / 72, SpineText.MIN));
        }
        params.forEach(transformer::setParameter);
        transformer.setURIResolver((href, base) -> {
            throw new TransformerException("Refused to read '" + href + "' while rendering: the"
                    + " stylesheet may not load documents.");
        });
        return transformer;
    }

    /** The stylesheet parameters of a layout, every length in points. */
    static Map<String, String> layoutParams(CoverLayout layout) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("cover.width", pt(layout.width()));
        params.put("cover.height", pt(layout.height()));
        params.put("cover.bleed", pt(layout.bleed()));
        params.put("cover.back.width", pt(layout.backWidth()));
        params.put("cover.spine.width", pt(layout.spineWidth()));
        params.put("cover.front.width", pt(layout.frontWidth()));
        params.put("cover.safety", pt(layout.safety()));
        params.put("cover.spine.safety", pt(layout.spineSafety()));
        params.put("cover.spine.text", Boolean.toString(layout.spineText()));
        CoverLayout.Barcode barcode = layout.barcode();
        params.put("cover.barcode", barcode.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        params.put("cover.barcode.width", pt(barcode.width()));
        params.put("cover.barcode.height", pt(barcode.height()));
        params.put("cover.barcode.from.spine", pt(barcode.fromSpine()));
        params.put("cover.barcode.from.bottom", pt(barcode.fromBottom()));
        return params;
    }

    static String pt(double points) {
        return String.format(Locale.ROOT, "%.4fpt", points);
    }

    /**
     * @param lineHeight the blurb's line height as the stylesheet parameter gives it; the lines are counted
     *                   only when it is in points
     */
    private static InputException tooLong(double overflowPt, CoverText text, String lineHeight) {
        double mm = overflowPt * 25.4 / 72;
        double line = lineHeight.matches("\\d+(\\.\\d+)?pt") ? Double.parseDouble(lineHeight.replace("pt", "")) : 0;
        String lines = line > 0 ? String.format(Locale.ROOT, " (about %d lines)", (int) Math.ceil(overflowPt / line)) : "";
        return new InputException(text.blurbFile().orElse(null), 0, String.format(Locale.ROOT,
                "the back cover's text (blurb and bio) is %.1f mm too long for the back panel%s."
                        + " Shorten the blurb%s, or make its text smaller (stylesheet parameters"
                        + " cover.blurb.font.size and cover.blurb.line.height).", mm, lines,
                text.blurbFile().map(file -> " in " + file.getFileName()).orElse("")));
    }

    private static void writeDebug(Path pdf, byte[] xml) {
        try {
            Files.write(pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", "") + ".xml"), xml);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot write the cover XML beside " + pdf + ": " + e.getMessage(), e);
        }
    }

    private static void delete(Path pdf) {
        try {
            Files.deleteIfExists(pdf);
        } catch (IOException e) {
            // The error that made us delete it is the one to report.
        }
    }
}
