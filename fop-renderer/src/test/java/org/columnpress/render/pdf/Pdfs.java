package org.columnpress.render.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
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

    static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = open(pdf)) {
            return doc.getNumberOfPages();
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

    /**
     * The sizes in points at which {@code text} is printed, in the order of the pages: of its first
     * character, on every line that begins with it (a column title is in the contents, the running heads
     * and the opener, each at its own size).
     */
    static List<Float> fontSizesOf(Path pdf, String text) throws IOException {
        List<Float> sizes = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String line, List<TextPosition> positions) throws IOException {
                if (line.startsWith(text) && !positions.isEmpty()) {
                    sizes.add(positions.get(0).getFontSizeInPt());
                }
                super.writeString(line, positions);
            }
        };
        try (PDDocument doc = open(pdf)) {
            stripper.getText(doc);
        }
        if (sizes.isEmpty()) {
            throw new AssertionError("No line begins with '" + text + "' in " + pdf);
        }
        return sizes;
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

    /**
     * A run of text as PDFBox reads it: its text, the font of its first glyph (subset prefix dropped),
     * the largest font size in points, and where it starts (x from the left, baseline y from the top).
     */
    record Run(String text, String font, float size, float x, float y) {
    }

    /** The runs of one page (numbered from 1), in the order PDFBox's text extraction writes them. */
    static List<Run> runs(PDDocument doc, int page) throws IOException {
        List<Run> runs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                float size = 0;
                for (TextPosition p : positions) {
                    size = Math.max(size, p.getFontSizeInPt());
                }
                String font = first.getFont().getName();
                runs.add(new Run(text, font.substring(font.indexOf('+') + 1), size, first.getXDirAdj(), first.getYDirAdj()));
            }
        };
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        return runs;
    }

    /** A word as printed: its text, left and right edge in points, and its font (subset prefix dropped). */
    record Word(String text, float left, float right, String font) {
    }

    /** A printed line: its page (from 1), its baseline from the top, and its words from left to right. */
    record Line(int page, float y, List<Word> words) {

        String text() {
            return String.join(" ", words.stream().map(Word::text).toList());
        }

        /** The space between each word and the next, in points. */
        List<Float> gaps() {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < words.size(); i++) {
                gaps.add(words.get(i).left() - words.get(i - 1).right());
            }
            return gaps;
        }
    }

    /**
     * Every line of the document, built from the glyphs' own positions (not from PDFBox's guess of
     * spaces): glyphs on one baseline of a page, split into words where the printed space between two
     * glyphs is a space glyph or a gap of over half a point.
     */
    static List<Line> lines(Path pdf) throws IOException {
        Map<String, List<TextPosition>> byLine = new java.util.LinkedHashMap<>();
        try (PDDocument doc = open(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        byLine.computeIfAbsent(getCurrentPageNo() + ":" + Math.round(p.getYDirAdj() * 2),
                                k -> new ArrayList<>()).add(p);
                    }
                }
            };
            stripper.getText(doc);
        }
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, List<TextPosition>> entry : byLine.entrySet()) {
            List<TextPosition> glyphs = new ArrayList<>(entry.getValue());
            glyphs.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
            List<Word> words = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            float left = 0;
            float right = 0;
            String font = "";
            for (TextPosition g : glyphs) {
                boolean space = g.getUnicode().isBlank();
                if (text.length() > 0 && (space || g.getXDirAdj() - right > 0.5f)) {
                    words.add(new Word(text.toString(), left, right, font));
                    text.setLength(0);
                }
                if (space) {
                    continue;
                }
                if (text.length() == 0) {
                    left = g.getXDirAdj();
                    String name = g.getFont().getName();
                    font = name.substring(name.indexOf('+') + 1);
                }
                text.append(g.getUnicode());
                right = g.getXDirAdj() + g.getWidthDirAdj();
            }
            if (text.length() > 0) {
                words.add(new Word(text.toString(), left, right, font));
            }
            int page = Integer.parseInt(entry.getKey().substring(0, entry.getKey().indexOf(':')));
            lines.add(new Line(page, glyphs.get(0).getYDirAdj(), words));
        }
        return lines;
    }

    /** The first run on a page that contains the text. */
    static Run run(PDDocument doc, int page, String text) throws IOException {
        return runs(doc, page).stream().filter(r -> r.text().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no run with '" + text + "' on page " + page));
    }

    /** The topmost run of a page (from 1), which must be 8pt as running heads are: the running head's text. */
    static String runningHead(PDDocument doc, int page) throws IOException {
        Run top = runs(doc, page).stream().min((a, b) -> Float.compare(a.y(), b.y()))
                .orElseThrow(() -> new AssertionError("page " + page + " has no text"));
        if (Math.abs(top.size() - 8f) > 0.01f) {
            throw new AssertionError("page " + page + " begins with " + top + ", not an 8pt running head");
        }
        return top.text().strip();
    }

    /** The page (from 1) whose label (/PageLabels: the number printed on it, "iv" or "5") is the given one. */
    static int pageLabelled(Path pdf, String label) throws IOException {
        try (PDDocument doc = open(pdf)) {
            String[] labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i].equals(label)) {
                    return i + 1;
                }
            }
        }
        throw new AssertionError("no page is labelled '" + label + "' in " + pdf);
    }

    /** The page (from 1) whose text first contains the text. */
    static int pageWith(Path pdf, String text) throws IOException {
        List<String> pages = pageTexts(pdf);
        for (int i = 1; i < pages.size(); i++) {
            if (pages.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no page contains '" + text + "'");
    }

    /**
     * The text of every structure element of the given type, in reading order, as assistive technology
     * reads it: each element's marked content and its children's, in the structure tree's order.
     */
    static List<String> structureTexts(PDDocument doc, String type) throws IOException {
        Map<COSDictionary, Map<Integer, String>> pages = new HashMap<>();
        List<String> texts = new ArrayList<>();
        var root = doc.getDocumentCatalog().getStructureTreeRoot();
        for (Object kid : root.getKids()) {
            if (kid instanceof PDStructureElement element) {
                collect(doc, element, type, texts, pages);
            }
        }
        return texts;
    }

    private static void collect(PDDocument doc, PDStructureElement element,
            String type, List<String> texts, Map<COSDictionary, Map<Integer, String>> pages) throws IOException {
        if (type.equals(element.getStructureType())) {
            texts.add(textOf(doc, element, element.getPage(), pages));
        }
        for (Object kid : element.getKids()) {
            if (kid instanceof PDStructureElement child) {
                collect(doc, child, type, texts, pages);
            }
        }
    }

    private static String textOf(PDDocument doc, PDStructureElement element,
            PDPage inherited, Map<COSDictionary, Map<Integer, String>> pages) throws IOException {
        PDPage page = element.getPage() != null ? element.getPage() : inherited;
        StringBuilder text = new StringBuilder();
        for (Object kid : element.getKids()) {
            if (kid instanceof Integer mcid && page != null) {
                text.append(markedContent(page, pages).getOrDefault(mcid, ""));
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage refPage = ref.getPage() != null ? ref.getPage() : page;
                text.append(markedContent(refPage, pages).getOrDefault(ref.getMCID(), ""));
            } else if (kid instanceof PDStructureElement child) {
                text.append(textOf(doc, child, page, pages));
            }
        }
        return text.toString();
    }

    private static Map<Integer, String> markedContent(PDPage page, Map<COSDictionary, Map<Integer, String>> pages)
            throws IOException {
        Map<Integer, String> known = pages.get(page.getCOSObject());
        if (known != null) {
            return known;
        }
        var extractor = new PDFMarkedContentExtractor();
        extractor.processPage(page);
        Map<Integer, String> byMcid = new HashMap<>();
        for (var content : extractor.getMarkedContents()) {
            addMarkedContent(content, byMcid);
        }
        pages.put(page.getCOSObject(), byMcid);
        return byMcid;
    }

    private static void addMarkedContent(PDMarkedContent content,
            Map<Integer, String> byMcid) {
        StringBuilder text = new StringBuilder();
        for (Object part : content.getContents()) {
            if (part instanceof TextPosition glyph) {
                text.append(glyph.getUnicode());
            } else if (part instanceof PDMarkedContent inner) {
                addMarkedContent(inner, byMcid);
            }
        }
        if (content.getMCID() >= 0) {
            byMcid.merge(content.getMCID(), text.toString(), String::concat);
        }
    }
}
