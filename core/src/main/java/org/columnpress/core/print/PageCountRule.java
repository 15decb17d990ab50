package org.columnpress.core.print;

/** What a printer asks of the interior's page count beyond its limits. */
public enum PageCountRule {
    /** Any count: the printer adds blank pages itself. */
    ANY,
    /** An even count (a sheet has two sides): blank pages are added at the end to reach one. */
    EVEN,
    /** An even count whose last page is blank (the printer prints its own marks there). */
    EVEN_BLANK_LAST
}
