package org.columnpress.core.print;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A trim size: the page as the reader holds it, after cutting.
 *
 * @param name   as printers' lists write it, such as {@code 6x9in} or {@code A5}
 * @param width  the page's width
 * @param height the page's height
 */
public record Trim(String name, Length width, Length height) {

    /** Two trims within this of each other are the same: printers' lists round to 1/100 in. */
    public static final Length TOLERANCE = Length.inches(0.01);
    private static final Pattern SIZE = Pattern.compile(
            "(\\d+(?:\\.\\d+)?)\\s*(in|mm)?\\s*[x×]\\s*(\\d+(?:\\.\\d+)?)\\s*(in|mm)");

    /**
     * Checks that no part is null.
     *
     * @param name   as printers' lists write it
     * @param width  the page's width
     * @param height the page's height
     * @throws NullPointerException if a part is null
     */
    public Trim {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(width, "width");
        Objects.requireNonNull(height, "height");
    }

    /**
     * A trim given in inches, named as printers write it: {@code 6x9in}.
     *
     * @param width  in inches
     * @param height in inches
     * @return the trim
     */
    public static Trim inches(double width, double height) {
        return new Trim(number(width) + "x" + number(height) + "in", Length.inches(width), Length.inches(height));
    }

    /**
     * A trim given in millimetres.
     *
     * @param name   its name, such as {@code A5}
     * @param width  in millimetres
     * @param height in millimetres
     * @return the trim
     */
    public static Trim mm(String name, double width, double height) {
        return new Trim(name, Length.mm(width), Length.mm(height));
    }

    /**
     * {@code 6x9in}, {@code 6 x 9 in}, {@code 148x210mm}, {@code A5} or {@code A4}; empty for anything else.
     *
     * @param text as written in {@code book.yaml}, width first
     * @return the trim; empty for text that is no trim, mixes units or has a zero side
     */
    public static Optional<Trim> parse(String text) {
        String value = text.trim();
        switch (value.toUpperCase(Locale.ROOT)) {
            case "A5":
                return Optional.of(mm("A5", 148, 210));
            case "A4":
                return Optional.of(mm("A4", 210, 297));
            default:
                break;
        }
        Matcher m = SIZE.matcher(value.toLowerCase(Locale.ROOT));
        if (!m.matches() || (m.group(2) != null && !m.group(2).equals(m.group(4)))) {
            return Optional.empty();
        }
        double w = Double.parseDouble(m.group(1));
        double h = Double.parseDouble(m.group(3));
        if (w <= 0 || h <= 0) {
            return Optional.empty();
        }
        return Optional.of(m.group(4).equals("in") ? inches(w, h)
                : mm(number(w) + "x" + number(h) + "mm", w, h));
    }

    /**
     * The same size as {@code other}, to {@link #TOLERANCE}: 148x210mm is A5.
     *
     * @param other the trim to compare with
     * @return whether width and height agree; the names do not count
     */
    public boolean sameSize(Trim other) {
        return width.near(other.width, TOLERANCE) && height.near(other.height, TOLERANCE);
    }

    private static String number(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
