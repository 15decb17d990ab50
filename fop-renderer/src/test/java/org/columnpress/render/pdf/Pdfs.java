package org.columnpress.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reading rendered PDFs in tests, with PDFBox. */
final class Pdfs {

    private Pdfs() {
    }

    static PDDocument open(Path pdf) throws IOException {
        return Loader.loadPDF(pdf.toFile());
    }

    /** The text of each page, pages numbered from 1 at index 1 (index 0 is empty). */
    static List<String> pageTexts(Path pdf) throws IOException {
        try (PDDocument doc = open(pdf)) {
            List<String> pages = new ArrayList<>();
            pages.add("");
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(doc));
            }
            return pages;
        }
    }

    static String text(Path pdf) throws IOException {
        return String.join("\n", pageTexts(pdf));
    }

    /** Every glyph of the document as PDFBox places it, in the order the text is read. */
    static List<TextPosition> positions(Path pdf) throws IOException {
        try (PDDocument doc = open(pdf)) {
            List<TextPosition> positions = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> textPositions) {
                    positions.addAll(textPositions);
                }
            };
            stripper.getText(doc);
            return positions;
        }
    }

    /** Every font used on any page, by its PDF name (subset prefix included). */
    static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                fonts.add(page.getResources().getFont(name));
            }
        }
        return fonts;
    }
}
