package org.columnpress.core.print;

/**
 * A length on paper, held in PostScript points (1/72 in), the unit of PDF boxes and of FOP. Printers
 * publish their rules in inches or millimetres: make lengths with {@link #inches} or {@link #mm} so the
 * figure in the code is the printer's own.
 *
 * @param points the length in points; may be negative (a difference)
 */
public record Length(double points) implements Comparable<Length> {

    /** No length at all. */
    public static final Length ZERO = new Length(0);
    private static final double POINTS_PER_INCH = 72;
    private static final double MM_PER_INCH = 25.4;

    /**
     * A length given in inches.
     *
     * @param inches the length in inches
     * @return the length
     */
    public static Length inches(double inches) {
        return new Length(inches * POINTS_PER_INCH);
    }

    /**
     * A length given in millimetres.
     *
     * @param mm the length in millimetres
     * @return the length
     */
    public static Length mm(double mm) {
        return new Length(mm / MM_PER_INCH * POINTS_PER_INCH);
    }

    /**
     * This length in inches.
     *
     * @return inches, not rounded
     */
    public double inches() {
        return points / POINTS_PER_INCH;
    }

    /**
     * This length in millimetres.
     *
     * @return millimetres, not rounded
     */
    public double mm() {
        return inches() * MM_PER_INCH;
    }

    /**
     * The sum of two lengths.
     *
     * @param other the length to add
     * @return a new length
     */
    public Length plus(Length other) {
        return new Length(points + other.points);
    }

    /**
     * The difference of two lengths.
     *
     * @param other the length to take off
     * @return a new length; negative when {@code other} is longer
     */
    public Length minus(Length other) {
        return new Length(points - other.points);
    }

    /**
     * This length multiplied.
     *
     * @param factor how many times
     * @return a new length
     */
    public Length times(double factor) {
        return new Length(points * factor);
    }

    /**
     * The longer of two lengths.
     *
     * @param other the other length
     * @return this length when they are equal
     */
    public Length max(Length other) {
        return points >= other.points ? this : other;
    }

    /**
     * Within {@code tolerance} of {@code other}, either way.
     *
     * @param other     the length to compare with
     * @param tolerance the greatest difference allowed, inclusive
     * @return whether they differ by no more than the tolerance
     */
    public boolean near(Length other, Length tolerance) {
        return Math.abs(points - other.points) <= tolerance.points;
    }

    /**
     * As an XSL-FO length in points, such as {@code 441pt} or {@code 8.504pt}.
     *
     * @return the points rounded to three decimals, trailing zeros dropped, and {@code pt}
     */
    public String fo() {
        return java.math.BigDecimal.valueOf(points).setScale(3, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString() + "pt";
    }

    /**
     * For messages: inches and millimetres, such as {@code 0.125 in (3.2 mm)}.
     *
     * @return inches to three decimals and millimetres to one
     */
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
