package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Column;

/**
 * FOP's events for one document: warnings (a line that overflows, a table too wide, a missing glyph)
 * go to the reporter naming the column, each of FOP's event kinds a kind of warning; the first error is
 * kept to explain a failure. A missing glyph {@link GlyphChecker} already warned about for the column is
 * not repeated.
 */
final class FopEventReporter implements EventListener {

    private static final String GLYPH_NOT_AVAILABLE = "glyphNotAvailable";

    private final Reporter reporter;
    private final ColumnTracker tracker;
    private final String document;
    private final MissingGlyphs glyphs;
    private final Set<String> seen = new HashSet<>();
    private String firstError;

    FopEventReporter(Reporter reporter, ColumnTracker tracker, String document, MissingGlyphs glyphs) {
        this.reporter = reporter;
        this.tracker = tracker;
        this.document = document;
        this.glyphs = glyphs;
    }

    @Override
    public synchronized void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            return;
        }
        Column column = tracker.currentColumn();
        String text = EventFormatter.format(event)
                .replaceAll("\\s*\\(See position [^)]*\\)", "")
                .replaceAll("\\s*\\(No context info available\\)", "");
        if (severity != EventSeverity.WARN) {
            if (firstError == null) {
                firstError = tracker.current() + ": " + text;
            }
            return;
        }
        Path file = column == null ? null : column.file();
        if (GLYPH_NOT_AVAILABLE.equals(event.getEventKey()) && event.getParam("ch") instanceof Character ch
                && glyphs.warned(file, ch)) {
            return;
        }
        String where = column == null ? "the front or back matter: " : "'" + column.title() + "': ";
        if (seen.add(file + where + text)) {
            reporter.warn(new Warning("PDF layout warnings from FOP (" + event.getEventKey() + ")", file, 0,
                    where + text + " [" + document + "]"));
        }
    }

    /** The first error FOP reported, with its column, or null. */
    synchronized String firstError() {
        return firstError;
    }
}
