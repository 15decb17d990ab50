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
 * and images FOP could not use go to the reporter naming the column, each of FOP's event kinds a kind of
 * warning; the first error is kept to explain a failure. A missing glyph {@link GlyphChecker} already
 * warned about for the column is not repeated, nor a column's image without alt text (the reader named it).
 */
final class FopEventReporter implements EventListener {

    private static final String GLYPH_NOT_AVAILABLE = "glyphNotAvailable";
    private static final String ALT_TEXT_MISSING = "altTextMissing";

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
        if (severity != EventSeverity.WARN && !isImageEvent(event)) {
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
        if (ALT_TEXT_MISSING.equals(event.getEventKey()) && column != null) {
            return; // the reader named each image without alt text in the column, at its line
        }
        String where = column == null ? "the front or back matter: " : "'" + column.title() + "': ";
        if (seen.add(file + where + text)) {
            String kind = isImageEvent(event) ? "images FOP could not use"
                    : "PDF layout warnings from FOP (" + event.getEventKey() + ")";
            reporter.warn(new Warning(kind, file, 0, where + text + " [" + document + "]"));
        }
    }

    /**
     * An image FOP cannot load or draw (not found, unreadable, an unsupported format) is an ERROR event
     * after which FOP goes on without it: reported as a warning, naming the image, so that an image never
     * disappears from the PDF silently.
     */
    private static boolean isImageEvent(Event event) {
        return "org.apache.fop.ResourceEventProducer".equals(event.getEventGroupID())
                && event.getEventKey().startsWith("image")
                || "org.apache.fop.svg.SVGEventProducer".equals(event.getEventGroupID());
    }

    /** The first error FOP reported, with its column, or null. */
    synchronized String firstError() {
        return firstError;
    }
}
