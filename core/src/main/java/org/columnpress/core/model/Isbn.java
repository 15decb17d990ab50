package org.columnpress.core.model;

import java.util.Locale;
import java.util.Optional;

/**
 * ISBN check digits and the ISBN-13 a barcode carries: the one reading of an ISBN, for book.yaml's
 * identifier, the cover's barcode and the preflight that decodes it.
 */
public final class Isbn {

    private Isbn() {
    }

    /**
     * Whether ten digits (the last may be X) or thirteen have a right check digit.
     *
     * @param digits the digits alone, without hyphens or spaces
     * @return false also for any other length or character
     */
    public static boolean valid(String digits) {
        int sum = 0;
        if (digits.matches("\\d{13}")) {
            for (int i = 0; i < 13; i++) {
                sum += (digits.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
            }
            return sum % 10 == 0;
        }
        if (!digits.matches("\\d{9}[\\dX]")) {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = digits.charAt(i);
            sum += (c == 'X' ? 10 : c - '0') * (10 - i);
        }
        return sum % 11 == 0;
    }

    /**
     * The 13 digits of an ISBN (hyphens and spaces allowed) with a right check digit: an ISBN-10 becomes
     * its 978 form, which is what its EAN-13 barcode encodes. Empty when it is not a valid ISBN.
     *
     * @param isbn an ISBN-10 or ISBN-13, hyphens and spaces allowed
     * @return the 13 digits; empty when the check digit is wrong or it is no ISBN at all
     */
    public static Optional<String> thirteen(String isbn) {
        String digits = isbn.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!valid(digits)) {
            return Optional.empty();
        }
        if (digits.length() == 13) {
            return Optional.of(digits);
        }
        String twelve = "978" + digits.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return Optional.of(twelve + (10 - sum % 10) % 10);
    }
}
