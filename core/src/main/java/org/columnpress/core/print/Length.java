package org.columnpress.core.print;

/**
 * A length on paper, held in PostScript points (1/72 in), the unit of PDF boxes and of FOP. Printers
 * publish their rules in inches or millimetres: make lengths with {@link #inches} or {@link #mm} so the
 * figure in the code is the printer's own.
 */
public record Length(double points) implements Comparable<Length> {

    public static final Length ZERO = new Length(0);
    private static final double POINTS_PER_INCH = 72;
    private static final double MM_PER_INCH = 25.4;

    public static Length inches(double inches) {
        return new Length(inches * POINTS_PER_INCH);
    }

    public static Length mm(double mm) {
        return new Length(mm / MM_PER_INCH * POINTS_PER_INCH);
    }

    public double inches() {
        return points / POINTS_PER_INCH;
    }

    public double mm() {
        return inches() * MM_PER_INCH;
    }

    public Length plus(Length other) {
        return new Length(points + other.points);
    }

    public Length minus(Length other) {
        return new Length(points - other.points);
    }

    public Length times(double factor) {
        return new Length(points * factor);
    }

    public Length max(Length other) {
        return points >= other.points ? this : other;
    }

    /** Within {@code tolerance} of {@code other}, either way. */
    public boolean near(Length other, Length tolerance) {
        return Math.abs(points - other.points) <= tolerance.points;
    }

    /** As an XSL-FO length in points, such as {@code 441.0pt}: exact enough for a 1/1000 mm. */
    public String fo() {
        return java.math.BigDecimal.valueOf(points).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "pt";
    }

    /** For messages: inches and millimetres, such as {@code 0.125 in (3.2 mm)}. */
    public String describe() {
        return trim(inches(), 3) + " in (" + trim(mm(), 1) + " mm)";
    }

    private static String trim(double value, int decimals) {
        return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
    }

    @Override
    public int compareTo(Length other) {
        return Double.compare(points, other.points);
    }
}
