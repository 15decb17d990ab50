package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A PDF read once, page by page: boxes, annotations and the content scan. The checks only look at this. */
final class ScannedPdf {

    /**
     * One page (numbered from 1): its boxes as PDFBox resolves them (a missing TrimBox or BleedBox falls
     * back to the CropBox, and that to the MediaBox), whether the TrimBox is written, and what it draws.
     */
    record Page(int number, PDRectangle media, PDRectangle bleed, PDRectangle trim, boolean trimBoxWritten,
            int annotations, PageFacts scan) {

        /** Right-hand pages are odd; their inside edge is the left one. */
        boolean recto() {
            return number % 2 == 1;
        }
    }

    final String file;
    final PDDocument doc;
    final List<Page> pages;
    /** Every font that draws text or sits in a page's resources, with the first page that has it. */
    final Map<PDFont, Integer> fonts;

    private ScannedPdf(String file, PDDocument doc, List<Page> pages, Map<PDFont, Integer> fonts) {
        this.file = file;
        this.doc = doc;
        this.pages = pages;
        this.fonts = fonts;
    }

    /** Every image drawn, in page order. */
    List<DrawnImage> drawnImages() {
        List<DrawnImage> images = new ArrayList<>();
        for (Page page : pages) {
            page.scan().images().forEach(placed -> images.add(placed.on(page.number())));
        }
        return images;
    }

    /**
     * What a page draws: FOP's content read by {@link QuickScan}; a cover (every glyph's inked box) and any
     * content QuickScan gives back by PDFBox's engine.
     */
    static PageFacts read(PDPage page, Map<COSBase, PDFont> fonts, boolean keepGlyphs) throws IOException {
        java.util.Optional<PageFacts> quick = keepGlyphs ? java.util.Optional.empty() : QuickScan.of(page, fonts);
        return quick.isPresent() ? quick.get() : PageScan.of(page, fonts, keepGlyphs);
    }

    /** @param keepGlyphs whether to keep every glyph's box (for a cover's barcode area) */
    static ScannedPdf scan(String file, PDDocument doc, boolean keepGlyphs) throws IOException {
        List<Page> pages = new ArrayList<>();
        Map<COSBase, PDFont> seen = new HashMap<>();
        Map<PDFont, Integer> fonts = new LinkedHashMap<>();
        int number = 0;
        for (PDPage page : doc.getPages()) {
            number++;
            PageFacts scan = read(page, seen, keepGlyphs);
            if (page.getResources() != null) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (font != null) {
                        seen.putIfAbsent(font.getCOSObject(), font);
                    }
                }
            }
            for (PDFont font : seen.values()) {
                fonts.putIfAbsent(font, number);
            }
            pages.add(new Page(number, page.getMediaBox(), page.getBleedBox(), page.getTrimBox(),
                    page.getCOSObject().containsKey(COSName.TRIM_BOX), page.getAnnotations().size(), scan));
        }
        return new ScannedPdf(file, doc, pages, fonts);
    }
}
