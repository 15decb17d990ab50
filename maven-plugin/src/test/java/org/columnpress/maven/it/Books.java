package org.columnpress.maven.it;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;

/** What the ITs check in a built book, read the way a user's tools would read it. */
public final class Books {

    private Books() {
    }

    public static String pdfText(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    public static int pdfPages(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    public static String pdfTitle(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getDocumentInformation().getTitle();
        }
    }

    /** Width and height in points of the given box ({@code media}, {@code trim}, {@code bleed}) of page 1. */
    public static List<Float> pdfBox(File pdf, String box) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDPage page = document.getPage(0);
            PDRectangle rectangle = switch (box) {
                case "media" -> page.getMediaBox();
                case "trim" -> page.getTrimBox();
                case "bleed" -> page.getBleedBox();
                default -> throw new IllegalArgumentException(box);
            };
            return List.of(rectangle.getWidth(), rectangle.getHeight());
        }
    }

    /** The subtype ({@code /S}) of the PDF's first output intent: {@code GTS_PDFX}, {@code GTS_PDFA1}; null without one. */
    public static String pdfOutputIntent(File pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            var intents = document.getDocumentCatalog().getOutputIntents();
            return intents.isEmpty() ? null
                    : intents.get(0).getCOSObject().getNameAsString(org.apache.pdfbox.cos.COSName.S);
        }
    }

    /** The names of the fonts used on every page, as the PDF names them (subsets carry a prefix). */
    public static List<String> pdfFonts(File pdf) throws IOException {
        List<String> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    String font = page.getResources().getFont(name).getName();
                    if (!fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
            }
        }
        return fonts;
    }

    /** True when the first entry is an uncompressed {@code mimetype} holding {@code application/epub+zip}. */
    public static boolean epubIsZipWithMimetypeFirst(File epub) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(java.nio.file.Files.newInputStream(epub.toPath()))) {
            ZipEntry first = zip.getNextEntry();
            return first != null && first.getName().equals("mimetype") && first.getMethod() == ZipEntry.STORED
                    && new String(zip.readAllBytes(), StandardCharsets.US_ASCII).equals("application/epub+zip");
        }
    }

    /** The package document (OPF) the container points to. */
    public static String epubPackageDocument(File epub) throws IOException {
        String container = epubEntry(epub, "META-INF/container.xml");
        Matcher path = Pattern.compile("full-path=\"([^\"]+)\"").matcher(container);
        if (!path.find()) {
            throw new IOException("no rootfile in " + epub);
        }
        return epubEntry(epub, path.group(1));
    }

    /** Every entry's text joined, to look for words without knowing the EPUB's file layout. */
    public static String epubAllText(File epub) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipFile zip = new ZipFile(epub)) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().matches(".*\\.(x?html|css|opf|ncx)")) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        text.append(entry.getName()).append('\n')
                                .append(new String(in.readAllBytes(), StandardCharsets.UTF_8)).append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    public static String epubEntry(File epub, String name) throws IOException {
        try (ZipFile zip = new ZipFile(epub)) {
            ZipEntry entry = zip.getEntry(name);
            if (entry == null) {
                throw new IOException(name + " not in " + epub);
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
    }
}
