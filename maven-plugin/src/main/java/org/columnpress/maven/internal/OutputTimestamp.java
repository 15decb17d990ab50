package org.columnpress.maven.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads {@code project.build.outputTimestamp} the way Maven's archiver does: seconds since the epoch, or
 * an ISO-8601 date-time with an offset ({@code 2026-11-26T00:00:00Z}); empty or one character (Maven's
 * convention for "not set") means no fixed timestamp.
 */
public final class OutputTimestamp {

    // Zip entries (the EPUB) cannot hold times outside these; Maven's archiver has the same bounds.
    private static final Instant EARLIEST = Instant.parse("1980-01-01T00:00:02Z");
    private static final Instant LATEST = Instant.parse("2099-12-31T23:59:59Z");

    private OutputTimestamp() {
    }

    /**
     * @return the instant, truncated to seconds, or empty when the value does not fix one
     * @throws IllegalArgumentException when the value is neither form, or out of range
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.trim().length() < 2) {
            return Optional.empty();
        }
        String text = value.trim();
        Instant instant;
        try {
            instant = text.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochSecond(Long.parseLong(text))
                    : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("Invalid project.build.outputTimestamp '" + text
                    + "'. Use an ISO-8601 date-time such as 2026-11-26T00:00:00Z, or seconds since the epoch.", e);
        }
        if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
            throw new IllegalArgumentException("project.build.outputTimestamp '" + text
                    + "' is out of range: use an instant between 1980-01-01T00:00:02Z and 2099-12-31T23:59:59Z.");
        }
        return Optional.of(instant.truncatedTo(ChronoUnit.SECONDS));
    }
}
