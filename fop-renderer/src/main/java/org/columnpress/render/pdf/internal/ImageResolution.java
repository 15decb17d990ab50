package org.columnpress.render.pdf.internal;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.render.PreparedImages;

/**
 * How many pixels a PDF keeps of an image: enough for {@code pdf.image-ppi} at the largest size the image
 * can print, the text area (images are scaled down to fit it, blocks.xsl). The text area comes from the
 * page and margin parameters, as set or as the default stylesheet declares them; when the column PDFs are
 * made too, the larger of the two pages counts, since both read the same copy.
 */
final class ImageResolution {

    /** The default stylesheet's page geometry (pages.xsl); the settings' params override it. */
    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("margin.top", "13mm"), Map.entry("margin.bottom", "13mm"),
            Map.entry("margin.inner", "19mm"), Map.entry("margin.outer", "15mm"),
            Map.entry("header.height", "10mm"), Map.entry("footer.height", "10mm"),
            Map.entry("column.page.width", "210mm"), Map.entry("column.page.height", "297mm"),
            Map.entry("column.margin.top", "20mm"), Map.entry("column.margin.bottom", "18mm"),
            Map.entry("column.margin.left", "30mm"), Map.entry("column.margin.right", "30mm"));
    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(mm|cm|in|pt|pc|px)");

    private ImageResolution() {
    }

    /** The text area's width and height in millimetres, the larger of book and column page when both are made. */
    static double[] textAreaMm(PdfSettings settings) {
        Map<String, String> p = settings.params();
        double width = mm(p, "page.width") - mm(p, "margin.inner") - mm(p, "margin.outer");
        double height = mm(p, "page.height") - mm(p, "margin.top") - mm(p, "margin.bottom")
                - mm(p, "header.height") - mm(p, "footer.height");
        if (settings.columns()) {
            width = Math.max(width, mm(p, "column.page.width") - mm(p, "column.margin.left") - mm(p, "column.margin.right"));
            // A column's first page has no running head.
            height = Math.max(height, mm(p, "column.page.height") - mm(p, "column.margin.top")
                    - mm(p, "column.margin.bottom") - mm(p, "footer.height"));
        }
        return new double[] {width, height};
    }

    static PreparedImages.Limit limit(PdfSettings settings) {
        double[] area = textAreaMm(settings);
        double maxWidth = area[0] / 25.4 * settings.imagePpi();
        double maxHeight = area[1] / 25.4 * settings.imagePpi();
        return (width, height) -> Math.min(1, Math.min(maxWidth / width, maxHeight / height));
    }

    /** A length in millimetres; one the stylesheet alone can read (an em, say) counts as 0, keeping more pixels. */
    private static double mm(Map<String, String> params, String name) {
        String value = params.getOrDefault(name, DEFAULTS.getOrDefault(name, "0mm"));
        Matcher m = LENGTH.matcher(value.trim());
        if (!m.matches()) {
            return 0;
        }
        double number = Double.parseDouble(m.group(1));
        return switch (m.group(2)) {
            case "cm" -> number * 10;
            case "in" -> number * 25.4;
            case "pt" -> number * 25.4 / 72;
            case "pc" -> number * 25.4 / 6;
            case "px" -> number * 25.4 / 96;
            default -> number;
        };
    }
}
