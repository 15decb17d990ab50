package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.columnpress.render.pdf.internal.preflight.Check.Status;
import org.columnpress.render.pdf.internal.preflight.ScannedPdf.Page;

/** Checks an interior and a cover share: media box, fonts, images, annotations, PDF/X. */
final class DocumentChecks {

    private DocumentChecks() {
    }

    /** Without printer marks the media box is the bleed box; with them it may only be larger. */
    static Check mediaBox(ScannedPdf pdf, boolean marksAllowed) {
        List<Integer> wrong = new ArrayList<>();
        for (Page page : pdf.pages) {
            PDRectangle m = page.media();
            PDRectangle b = page.bleed();
            boolean equal = Lengths.same(m.getLowerLeftX(), b.getLowerLeftX())
                    && Lengths.same(m.getLowerLeftY(), b.getLowerLeftY())
                    && Lengths.same(m.getUpperRightX(), b.getUpperRightX())
                    && Lengths.same(m.getUpperRightY(), b.getUpperRightY());
            boolean contains = m.getLowerLeftX() <= b.getLowerLeftX() + Lengths.TOLERANCE
                    && m.getLowerLeftY() <= b.getLowerLeftY() + Lengths.TOLERANCE
                    && m.getUpperRightX() >= b.getUpperRightX() - Lengths.TOLERANCE
                    && m.getUpperRightY() >= b.getUpperRightY() - Lengths.TOLERANCE;
            if (!(marksAllowed ? contains : equal)) {
                wrong.add(page.number());
            }
        }
        Page first = wrong.isEmpty() ? pdf.pages.get(0) : pdf.pages.get(wrong.get(0) - 1);
        String measured = Lengths.size(first.media().getWidth(), first.media().getHeight())
                + (wrong.isEmpty() ? ", every page" : " " + Lengths.onPages(wrong));
        String limit = marksAllowed ? "contains the bleed box" : "= bleed box (no printer marks)";
        String advice = marksAllowed
                ? "The media box must hold the bleed box: set the bleed box inside the page."
                : "This printer wants no crop marks or slug: make the page exactly trim plus bleed.";
        return Check.of(wrong.isEmpty(), Status.FAIL, pdf.file, "Media box", measured, limit, advice);
    }

    static Check fontsEmbedded(ScannedPdf pdf) {
        List<Map.Entry<PDFont, Integer>> missing = pdf.fonts.entrySet().stream()
                .filter(e -> !e.getKey().isEmbedded())
                .sorted(Comparator.comparing((Map.Entry<PDFont, Integer> e) -> e.getValue())
                        .thenComparing(e -> String.valueOf(e.getKey().getName())))
                .toList();
        int all = pdf.fonts.size();
        if (missing.isEmpty()) {
            return Check.pass(pdf.file, "Fonts embedded", Lengths.plural(all, "font", "fonts") + ", all embedded",
                    "all embedded");
        }
        StringBuilder names = new StringBuilder();
        for (Map.Entry<PDFont, Integer> e : missing) {
            names.append(names.length() == 0 ? "" : ", ").append(e.getKey().getName()).append(" (page ")
                    .append(e.getValue()).append(')');
        }
        return new Check(pdf.file, "Fonts embedded", missing.size() + " of " + all + " not embedded: " + names,
                "all embedded", Status.FAIL, "Embed every font: map each font family the stylesheet uses to a"
                        + " font file (a standard PDF font such as Helvetica is never embedded).");
    }

    /** Under the limit is a warning: the printer prints it, soft. */
    static Check imageResolution(ScannedPdf pdf, double minPpi) {
        int count = 0;
        double lowest = Double.MAX_VALUE;
        int lowestPage = 0;
        List<Integer> low = new ArrayList<>();
        for (Page page : pdf.pages) {
            boolean lowHere = false;
            for (PageFacts.Placed image : page.scan().images()) {
                count++;
                if (image.ppi() < lowest) {
                    lowest = image.ppi();
                    lowestPage = page.number();
                }
                lowHere |= image.ppi() < minPpi - 0.5;
            }
            if (lowHere) {
                low.add(page.number());
            }
        }
        String limit = String.format(Locale.ROOT, ">= %.0f ppi", minPpi);
        if (count == 0) {
            return Check.pass(pdf.file, Check.IMAGE_RESOLUTION, "no images", limit);
        }
        String measured = String.format(Locale.ROOT, "%s, lowest %.0f ppi (page %d)",
                Lengths.plural(count, "image", "images"), lowest, lowestPage);
        return Check.of(low.isEmpty(), Status.WARN, pdf.file, Check.IMAGE_RESOLUTION, measured, limit,
                String.format(Locale.ROOT, "Images print under %.0f ppi %s: use larger image files, or"
                        + " print them smaller.", minPpi, Lengths.onPages(low)));
    }

    static Check annotations(ScannedPdf pdf, boolean forbidden) {
        List<Integer> pages = new ArrayList<>();
        int count = 0;
        for (Page page : pdf.pages) {
            if (page.annotations() > 0) {
                pages.add(page.number());
                count += page.annotations();
            }
        }
        PDAcroForm form = pdf.doc.getDocumentCatalog().getAcroForm(null);
        int fields = form == null ? 0 : form.getFields().size();
        String measured = count == 0 && fields == 0 ? "none"
                : Lengths.plural(count, "annotation", "annotations")
                        + (pages.isEmpty() ? "" : " " + Lengths.onPages(pages))
                        + (fields == 0 ? "" : ", " + Lengths.plural(fields, "form field", "form fields"));
        return Check.of(!forbidden || measured.equals("none"), Status.FAIL, pdf.file, "Annotations and links",
                measured, forbidden ? "none" : "allowed",
                "This printer refuses links, comments and form fields: make the print edition without them.");
    }

    /** The PDF/X output intent: subtype GTS_PDFX and an embedded CMYK profile for the printing condition. */
    static Check outputIntent(ScannedPdf pdf) throws IOException {
        String measured = "none";
        boolean ok = false;
        for (PDOutputIntent intent : pdf.doc.getDocumentCatalog().getOutputIntents()) {
            String subtype = intent.getCOSObject().getNameAsString(COSName.S);
            if (!"GTS_PDFX".equals(subtype)) {
                measured = subtype + " only";
                continue;
            }
            COSStream profile = intent.getDestOutputIntent();
            String space = profile == null ? null : iccColourSpace(profile);
            String condition = intent.getOutputConditionIdentifier();
            measured = "GTS_PDFX, " + (profile == null ? "no DestOutputProfile"
                    : space + " profile" + (condition == null || condition.isBlank() ? "" : " " + condition));
            ok = "CMYK".equals(space);
            break;
        }
        return Check.of(ok, Status.FAIL, pdf.file, "PDF/X output intent", measured,
                "GTS_PDFX with a CMYK DestOutputProfile", "Make the PDF as PDF/X with a CMYK output profile"
                        + " for the printing condition (FOP's pdf-x-mode with output-profile).");
    }

    /** GTS_PDFXVersion in the Info dictionary, or for PDF/X-4 in the XMP packet (pdfxid). */
    static Check pdfxVersion(ScannedPdf pdf, String wanted) throws IOException {
        String info = pdf.doc.getDocumentInformation().getCustomMetadataValue("GTS_PDFXVersion");
        String xmp = xmpPdfxVersion(pdf.doc.getDocumentCatalog().getMetadata());
        String found = info != null ? info : xmp;
        String where = info != null && xmp != null ? "Info and XMP" : info != null ? "Info" : "XMP";
        String measured = found == null ? "none" : found + " (" + where + ")";
        boolean ok = found != null && found.startsWith(wanted);
        return Check.of(ok, Status.FAIL, pdf.file, "PDF/X version", measured, wanted,
                "Make the PDF as " + wanted + ": the printer checks GTS_PDFXVersion in the document information.");
    }

    private static String iccColourSpace(COSStream profile) throws IOException {
        try (InputStream in = profile.createInputStream()) {
            byte[] header = in.readNBytes(20);
            return header.length < 20 ? "unreadable"
                    : new String(header, 16, 4, StandardCharsets.US_ASCII).trim();
        }
    }

    private static String xmpPdfxVersion(PDMetadata metadata) throws IOException {
        if (metadata == null) {
            return null;
        }
        String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
        int at = xmp.indexOf("GTS_PDFXVersion");
        if (at < 0) {
            return null;
        }
        // Either <pdfxid:GTS_PDFXVersion>PDF/X-4</...> or pdfxid:GTS_PDFXVersion="PDF/X-4".
        int start = at + "GTS_PDFXVersion".length();
        char next = start < xmp.length() ? xmp.charAt(start) : ' ';
        if (next == '>') {
            int end = xmp.indexOf('<', start);
            return end < 0 ? null : xmp.substring(start + 1, end).trim();
        }
        int open = xmp.indexOf('"', start);
        int close = open < 0 ? -1 : xmp.indexOf('"', open + 1);
        return close < 0 ? null : xmp.substring(open + 1, close).trim();
    }
}
