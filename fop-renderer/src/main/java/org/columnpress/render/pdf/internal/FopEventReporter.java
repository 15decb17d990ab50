package org.columnpress.render.pdf.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.columnpress.core.Reporter;

/**
 * FOP's events for one document: warnings (a line that overflows, a table too wide, a missing glyph) and
 * images FOP could not use go to the reporter naming the column; the first error is kept to explain a failure.
 */
final class FopEventReporter implements EventListener {

    private final Reporter reporter;
    private final ColumnTracker tracker;
    private final String document;
    private final Set<String> seen = new HashSet<>();
    private String firstError;

    FopEventReporter(Reporter reporter, ColumnTracker tracker, String document) {
        this.reporter = reporter;
        this.tracker = tracker;
        this.document = document;
    }

    @Override
    public synchronized void processEvent(Event event) {
        EventSeverity severity = event.getSeverity();
        if (severity == EventSeverity.INFO) {
            return;
        }
        String message = tracker.current() + ": " + EventFormatter.format(event)
                .replaceAll("\\s*\\(See position [^)]*\\)", "")
                .replaceAll("\\s*\\(No context info available\\)", "");
        if (severity == EventSeverity.WARN || isImageEvent(event)) {
            if (seen.add(message)) {
                reporter.warn(message + " [" + document + "]");
            }
        } else if (firstError == null) {
            firstError = message;
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
