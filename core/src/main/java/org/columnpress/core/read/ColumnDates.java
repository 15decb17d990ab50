package org.columnpress.core.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A column's date in the forms YAML and site generators write it: {@code 2019-03-10},
 * {@code 2020-05-26T00:00:00Z}, {@code 2019-03-10 08:15:00 +0100} (Jekyll), YAML timestamps such as
 * {@code 2001-12-14 21:59:43.10 -5}, Hexo's {@code 2013/7/13 20:46:25}, and with the month in English
 * words ({@code 10 March 2019}, {@code March 10, 2019}, {@code Sun, 10 Mar 2019 08:15:00 +0100}). The
 * date is the one written, in its own zone: {@code 2019-03-10 23:30 -0500} is 10 March, as the columnist's
 * site showed it, never 11 March in UTC. The time and the zone are checked, then dropped.
 */
final class ColumnDates {

    /** A time after the date, with an optional zone: an offset, Z, or an abbreviation such as CET. */
    private static final String TIME = "(?:(?:[Tt]|\\s+)(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d{1,9})?)?"
            + "(?:\\s*(?:[Zz]|[+-](\\d{1,2})(?::?(\\d{2}))?))?(?:\\s*[A-Za-z]{1,5})?)?";
    private static final Pattern NUMERIC = Pattern.compile("(\\d{4})([-/])(\\d{1,2})\\2(\\d{1,2})" + TIME);
    /** {@code 10 March 2019}, {@code Sun, 10 Mar 2019 08:15:00 +0100} (RFC 1123, as feeds write it). */
    private static final Pattern DAY_MONTH = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?(\\d{1,2})\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME);
    /** {@code March 10, 2019}, {@code Mar 10th 2019}. */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?:[A-Za-z]{3,9},?\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME);

    private ColumnDates() {
    }

    /** The date as written, or empty when the text is not a date (or names a day or time that is not). */
    static Optional<LocalDate> parse(String text) {
        String s = text.strip();
        Matcher numeric = NUMERIC.matcher(s);
        if (numeric.matches()) {
            return date(numeric.group(1), numeric.group(3), numeric.group(4), numeric, 5);
        }
        Matcher dayMonth = DAY_MONTH.matcher(s);
        if (dayMonth.matches()) {
            return month(dayMonth.group(2))
                    .flatMap(month -> date(dayMonth.group(3), month, dayMonth.group(1), dayMonth, 4));
        }
        Matcher monthDay = MONTH_DAY.matcher(s);
        if (monthDay.matches()) {
            return month(monthDay.group(1))
                    .flatMap(month -> date(monthDay.group(3), month, monthDay.group(2), monthDay, 4));
        }
        return Optional.empty();
    }

    /** The date, when it exists and the time after it (from group {@code time} of {@code m}) is a time. */
    private static Optional<LocalDate> date(String year, String month, String day, Matcher m, int time) {
        if (!between(m.group(time), 0, 23) || !between(m.group(time + 1), 0, 59)
                || !between(m.group(time + 2), 0, 60) || !between(m.group(time + 3), 0, 18)
                || !between(m.group(time + 4), 0, 59)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException e) {
            return Optional.empty(); // 2019-02-30: no such day
        }
    }

    private static boolean between(String number, int min, int max) {
        return number == null || Integer.parseInt(number) >= min && Integer.parseInt(number) <= max;
    }

    /** The month's number from its English name or a prefix of three letters or more. */
    private static Optional<String> month(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (full.startsWith(lower)) {
                return Optional.of(String.valueOf(month.getValue()));
            }
        }
        return Optional.empty();
    }
}
