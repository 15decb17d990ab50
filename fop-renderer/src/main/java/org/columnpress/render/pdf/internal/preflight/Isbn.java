package org.columnpress.render.pdf.internal.preflight;

/** The 13 digits an ISBN's EAN-13 barcode encodes; core has already checked the ISBN's check digit. */
final class Isbn {

    private Isbn() {
    }

    /** Hyphens and spaces dropped; an ISBN-10 becomes its 978 ISBN-13, which is what its barcode carries. */
    static String normalise(String isbn) {
        String digits = isbn.replaceAll("[\\s-]", "");
        if (digits.matches("\\d{9}[\\dXx]")) {
            String body = "978" + digits.substring(0, 9);
            return body + checkDigit(body);
        }
        if (!digits.matches("\\d{13}")) {
            throw new IllegalArgumentException("Not an ISBN: '" + isbn + "' (10 or 13 digits expected)");
        }
        return digits;
    }

    private static int checkDigit(String twelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }
}
