package org.columnpress.render.pdf.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.render.RenderOptions;

/**
 * The {@code pdf.} settings, checked. Settings that shape the page (trim, bleed, crop marks) become
 * stylesheet parameters, so a user's {@code param.*} can still override them and stylesheets see one
 * source of truth.
 *
 * @param pdfaMode FOP's name of the PDF/A mode ({@code PDF/A-2b}), or empty for none
 * @param cache    the folder where column PDFs are kept between builds, or empty for no cache
 * @param imagePpi pixels per inch an image keeps at the largest size it can print (the text area):
 *                 larger PNGs and JPEGs are downsampled to it
 */
public record PdfSettings(
        Optional<Path> stylesheet, Map<String, String> params, List<Path> fonts, boolean columns,
        Optional<String> pdfaMode, boolean pdfua, boolean debug, Optional<Path> cache, int imagePpi) {

    public static final Set<String> KNOWN = Set.of("stylesheet", "param.", "fonts", "columns", "pdfa",
            "pdfua", "trim", "bleed", "crop-marks", "debug", "cache", "image-ppi", "cover-stylesheet",
            "fail-on-preflight", "book");
    /** What printers ask of photographs: 300 pixels per inch at the printed size. */
    public static final int DEFAULT_IMAGE_PPI = org.columnpress.core.print.PrinterProfile.MIN_IMAGE_PPI;
    private static final String LENGTH = "\\d+(?:\\.\\d+)?(?:mm|cm|in|pt|pc|px)";
    /** Width x height; the 'x' between them, not the one in 'px'. */
    private static final Pattern TRIM = Pattern.compile("(" + LENGTH + ")x(" + LENGTH + ")");

    public PdfSettings {
        params = Map.copyOf(params);
        fonts = List.copyOf(fonts);
    }

    public static PdfSettings from(RenderOptions options) {
        options.requireKnown("pdf", KNOWN);
        Map<String, String> params = new LinkedHashMap<>();
        String[] trim = trim(options.get("trim").orElse("A5"));
        params.put("page.width", trim[0]);
        params.put("page.height", trim[1]);
        options.get("bleed").ifPresent(bleed -> params.put("bleed", length("bleed", bleed)));
        params.put("crop.marks", Boolean.toString(options.flag("crop-marks", false)));
        options.settings().forEach((key, value) -> {
            if (key.startsWith("param.")) {
                params.put(key.substring("param.".length()), value);
            }
        });
        Optional<Path> stylesheet = options.path("stylesheet");
        stylesheet.ifPresent(file -> requireFile("stylesheet", file));
        List<Path> fonts = new ArrayList<>();
        for (String name : options.get("fonts").orElse("").split(",")) {
            if (!name.isBlank()) {
                Path font = options.baseDirectory().resolve(name.trim()).normalize();
                requireFile("fonts", font);
                fonts.add(font);
            }
        }
        if (!options.flag("book", true) && !options.flag("columns", false)) {
            throw new ColumnpressException("Setting 'pdf.book' is false and 'pdf.columns' is not true: the PDF"
                    + " renderer would make nothing. Turn 'pdf.columns' on, or leave 'pdf.book' out.");
        }
        return new PdfSettings(stylesheet, params, fonts, options.flag("columns", false),
                pdfa(options.get("pdfa").orElse("PDF/A-2b")), options.flag("pdfua", false),
                options.flag("debug", false), options.path("cache"),
                imagePpi(options.get("image-ppi").orElse(Integer.toString(DEFAULT_IMAGE_PPI))));
    }

    private static int imagePpi(String value) {
        try {
            int ppi = Integer.parseInt(value.trim());
            if (ppi >= 72 && ppi <= 2400) {
                return ppi;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new ColumnpressException("Setting 'pdf.image-ppi' must be a whole number of pixels per inch"
                + " from 72 to 2400, such as 300, not '" + value + "'.");
    }

    private static String[] trim(String value) {
        String v = value.trim();
        switch (v.toLowerCase(Locale.ROOT)) {
            case "a5":
                return new String[] {"148mm", "210mm"};
            case "a4":
                return new String[] {"210mm", "297mm"};
            case "6x9in":
                return new String[] {"6in", "9in"};
            case "5.5x8.5in":
                return new String[] {"5.5in", "8.5in"};
            default:
                Matcher size = TRIM.matcher(v);
                if (size.matches()) {
                    return new String[] {size.group(1), size.group(2)};
                }
                throw new ColumnpressException("Setting 'pdf.trim' must be A5, A4, 6x9in, 5.5x8.5in or"
                        + " <width>x<height> with units such as 150mmx220mm, not '" + value + "'.");
        }
    }

    private static String length(String key, String value) {
        if (!value.trim().matches(LENGTH)) {
            throw new ColumnpressException("Setting 'pdf." + key + "' must be a length such as 3mm or"
                    + " 0.125in, not '" + value + "'.");
        }
        return value.trim();
    }

    private static Optional<String> pdfa(String value) {
        switch (value.trim().toUpperCase(Locale.ROOT)) {
            case "PDF/A-2B":
                return Optional.of("PDF/A-2b");
            case "PDF/A-2U":
                return Optional.of("PDF/A-2u");
            case "PDF/A-2A":
                return Optional.of("PDF/A-2a");
            case "NONE":
                return Optional.empty();
            default:
                throw new ColumnpressException("Setting 'pdf.pdfa' must be PDF/A-2b, PDF/A-2u, PDF/A-2a"
                        + " or none, not '" + value + "'.");
        }
    }

    private static void requireFile(String key, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "the file named by setting 'pdf." + key
                    + "' does not exist. Check the path (relative to the project folder).");
        }
    }
}
