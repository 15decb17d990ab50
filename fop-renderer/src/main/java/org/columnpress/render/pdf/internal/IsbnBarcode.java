package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Isbn;

/**
 * A book's EAN-13 barcode (its ISBN-13; an ISBN-10 gets the 978 prefix and a new check digit) with the
 * optional EAN-5 add-on that carries the price, as modules: one character per module, {@code 1} a bar.
 * Encoding per GS1 General Specifications 5.2 (EAN-13) and the EAN-5 supplement that the book trade
 * uses for prices (its digits: core's {@link org.columnpress.core.print.PriceAddOn}).
 *
 * @param digits the 13 digits, check digit included
 * @param addOn  the 5 digits of the add-on, or empty for none
 */
public record IsbnBarcode(String digits, Optional<String> addOn) {

    private static final String[] L = {"0001101", "0011001", "0010011", "0111101", "0100011", "0110001",
        "0101111", "0111011", "0110111", "0001011"};
    private static final String[] G = {"0100111", "0110011", "0011011", "0100001", "0011101", "0111001",
        "0000101", "0010001", "0001001", "0010111"};
    /** Which six left-hand digits take set G, by the first digit (which is encoded only by that choice). */
    private static final String[] FIRST = {"LLLLLL", "LLGLGG", "LLGGLG", "LLGGGL", "LGLLGG", "LGGLLG",
        "LGGGLL", "LGLGLG", "LGLGGL", "LGGLGL"};
    /** The add-on's parity by its checksum. */
    private static final String[] ADD_ON = {"GGLLL", "GLGLL", "GLLGL", "GLLLG", "LGGLL", "LLGGL", "LLLGG",
        "LGLGL", "LGLLG", "LLGLG"};

    public IsbnBarcode {
        if (!digits.matches("\\d{13}") || !Isbn.valid(digits)) {
            throw new IllegalArgumentException("not an EAN-13: " + digits);
        }
        addOn.ifPresent(five -> {
            if (!five.matches("\\d{5}")) {
                throw new IllegalArgumentException("an EAN-5 add-on has five digits, not " + five);
            }
        });
    }

    /**
     * The barcode of an ISBN (hyphens and spaces allowed; ISBN-10 or ISBN-13, check digit verified).
     *
     * @throws ColumnpressException naming the ISBN when it is not one
     */
    public static IsbnBarcode of(String isbn, Optional<String> addOn) {
        Optional<String> digits = Isbn.thirteen(isbn).filter(d -> d.startsWith("978") || d.startsWith("979"));
        if (digits.isPresent()) {
            return new IsbnBarcode(digits.get(), addOn);
        }
        throw new ColumnpressException("'" + isbn + "' is not an ISBN (10 digits, or 13 starting with 978 or"
                + " 979, with a right check digit): the cover's barcode needs the book's ISBN as its identifier."
                + " Copy it again from the publisher's record.");
    }

    /** The 95 modules of the EAN-13 symbol, guard bars included, quiet zones not. */
    public String modules() {
        StringBuilder bars = new StringBuilder("101");
        String parity = FIRST[digits.charAt(0) - '0'];
        for (int i = 1; i <= 6; i++) {
            int digit = digits.charAt(i) - '0';
            bars.append(parity.charAt(i - 1) == 'L' ? L[digit] : G[digit]);
        }
        bars.append("01010");
        for (int i = 7; i <= 12; i++) {
            bars.append(complement(L[digits.charAt(i) - '0']));
        }
        return bars.append("101").toString();
    }

    /** The 47 modules of the add-on, or empty. */
    public Optional<String> addOnModules() {
        return addOn.map(five -> {
            int check = (3 * (d(five, 0) + d(five, 2) + d(five, 4)) + 9 * (d(five, 1) + d(five, 3))) % 10;
            StringBuilder bars = new StringBuilder("1011");
            for (int i = 0; i < 5; i++) {
                if (i > 0) {
                    bars.append("01");
                }
                bars.append(ADD_ON[check].charAt(i) == 'L' ? L[d(five, i)] : G[d(five, i)]);
            }
            return bars.toString();
        });
    }

    /** One bar: where it starts and how wide it is, in modules. */
    public record Bar(int start, int width) {
    }

    /** The bars of a module string: each run of {@code 1}s. */
    public static List<Bar> bars(String modules) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < modules.length(); i++) {
            if (modules.charAt(i) == '1') {
                int start = i;
                while (i + 1 < modules.length() && modules.charAt(i + 1) == '1') {
                    i++;
                }
                bars.add(new Bar(start, i - start + 1));
            }
        }
        return List.copyOf(bars);
    }

    /** Whether the module at {@code index} of {@link #modules()} is in a guard pattern (drawn longer). */
    public static boolean isGuard(int index) {
        return index < 3 || index >= 45 && index < 50 || index >= 92;
    }

    private static int d(String text, int i) {
        return text.charAt(i) - '0';
    }

    private static String complement(String code) {
        StringBuilder out = new StringBuilder();
        for (char c : code.toCharArray()) {
            out.append(c == '1' ? '0' : '1');
        }
        return out.toString();
    }
}
