package org.columnpress.core.print;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 5-digit EAN add-on that tells booksellers the price: a currency digit and four digits of price
 * (Lightning Source's help, "EAN-5 price add-on": 5 = US dollars, 90000 = no suggested price; the book
 * trade's other digits, as barcode libraries such as ZXing read them: 0 = pounds sterling, 6 = Canadian,
 * 3 = Australian, 4 = New Zealand dollars; a price of 100 or more is written x9999). {@code USD 19.95} gives
 * {@code 51995}; a price in a currency without a digit (the euro has none) gives {@code 90000}.
 */
public final class PriceAddOn {

    /** The add-on that says "no suggested price". */
    public static final String NO_PRICE = "90000";
    private static final Map<String, Character> CURRENCY_DIGIT = Map.of("USD", '5', "US$", '5', "$", '5',
            "CAD", '6', "NZD", '4', "AUD", '3', "GBP", '0', "£", '0');
    private static final Pattern PRICE = Pattern.compile("(?i)\\s*(US\\$|\\$|£|€|[A-Z]{3})?\\s*(\\d{1,6})(?:[.,](\\d{2}))?\\s*([A-Z]{3}|€)?\\s*");

    private PriceAddOn() {
    }

    /**
     * Whether {@code price} reads as a price: a currency (code or sign) and an amount such as 19,95.
     *
     * @param price as the user wrote it
     * @return false for an amount without a currency
     */
    public static boolean readable(String price) {
        Matcher m = PRICE.matcher(price);
        return m.matches() && (m.group(1) != null || m.group(4) != null);
    }

    /**
     * The add-on for {@code price}, or {@link #NO_PRICE} when there is none or it cannot be coded.
     *
     * @param price as the user wrote it; empty for none
     * @return five digits
     */
    public static String of(Optional<String> price) {
        if (price.isEmpty() || !readable(price.get())) {
            return NO_PRICE;
        }
        Matcher m = PRICE.matcher(price.get());
        m.matches();
        String currency = (m.group(1) != null ? m.group(1) : m.group(4)).toUpperCase(Locale.ROOT);
        Character digit = CURRENCY_DIGIT.get(currency);
        BigDecimal amount = new BigDecimal(m.group(2) + "." + (m.group(3) == null ? "00" : m.group(3)));
        if (digit == null) {
            return NO_PRICE;
        }
        if (amount.compareTo(new BigDecimal("99.99")) > 0) {
            return digit + "9999";
        }
        return digit + String.format(Locale.ROOT, "%04d", amount.movePointRight(2).intValueExact());
    }
}
