package org.columnpress.render.pdf.internal.preflight;

import java.util.List;
import java.util.Locale;

/** Lengths and lists as the report writes them: inches to the thousandth (the printers' unit), mm beside. */
final class Lengths {

    /** Two lengths are the same when they differ by under half a hundredth of an inch. */
    static final double TOLERANCE = 0.005 * 72;

    private Lengths() {
    }

    static boolean same(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    /** {@code 0.375 in (9.5 mm)} */
    static String length(double pt) {
        return inches(pt) + String.format(Locale.ROOT, " in (%.1f mm)", pt / 72 * 25.4);
    }

    /** {@code 6.125 x 9.250 in} */
    static String size(double width, double height) {
        return String.format(Locale.ROOT, "%.3f x %.3f in", width / 72, height / 72);
    }

    /** Three decimals; four for a sixteenth that needs them (KDP's 0.0625 in spine margin). */
    static String inches(double pt) {
        double in = pt / 72;
        boolean sixteenth = Math.abs(in * 16 - Math.rint(in * 16)) < 1e-6;
        String four = String.format(Locale.ROOT, "%.4f", in);
        return sixteenth && !four.endsWith("0") ? four : String.format(Locale.ROOT, "%.3f", in);
    }

    /** {@code on page 3} or {@code on pages 3, 7, 12} (shortened as {@link #pages}). */
    static String onPages(List<Integer> pages) {
        return (pages.size() == 1 ? "on page " : "on pages ") + pages(pages);
    }

    /** {@code 3, 7, 12} or {@code 3, 7, 12 ... (40 pages)} for long lists. */
    static String pages(List<Integer> pages) {
        int shown = Math.min(pages.size(), 8);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < shown; i++) {
            out.append(i == 0 ? "" : ", ").append(pages.get(i));
        }
        if (pages.size() > shown) {
            out.append(" ... (").append(pages.size()).append(" pages)");
        }
        return out.toString();
    }

    static String plural(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
