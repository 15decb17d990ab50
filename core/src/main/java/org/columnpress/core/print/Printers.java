package org.columnpress.core.print;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The printers Columnpress knows, by the name users write in {@code print: printer:}. */
public final class Printers {

    private static final List<PrinterProfile> ALL = List.of(new Kdp(), new IngramSpark(), new Lulu(), new Offset());

    private Printers() {
    }

    /**
     * Every printer known.
     *
     * @return the profiles, in a fixed order
     */
    public static List<PrinterProfile> all() {
        return ALL;
    }

    /**
     * The printer a user named.
     *
     * @param name as written after {@code printer:}, in any case
     * @return empty for an unknown name; {@link #names()} lists the known ones
     */
    public static Optional<PrinterProfile> named(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(p -> p.name().equals(key)).findFirst();
    }

    /**
     * {@code kdp, ingramspark, lulu, offset}: for messages.
     *
     * @return the names, comma-separated
     */
    public static String names() {
        return String.join(", ", ALL.stream().map(PrinterProfile::name).toList());
    }
}
