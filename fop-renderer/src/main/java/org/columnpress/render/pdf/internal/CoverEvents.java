package org.columnpress.render.pdf.internal;

import java.util.HashSet;
import java.util.Set;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.EventListener;
import org.apache.fop.events.model.EventSeverity;
import org.apache.fop.layoutmgr.LayoutManager;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * FOP's events while it lays out a cover: how far the back's text overflows its box (the block container
 * with id {@value #BACK_TEXT}, which {@code cover.xsl} sets), other warnings for the reporter, and the first
 * error, to explain a failure.
 */
final class CoverEvents implements EventListener {

    /** The id of the back text's box in the cover FO. */
    static final String BACK_TEXT = "cover-back-text";
    private static final String BPD_OVERFLOW = "org.apache.fop.layoutmgr.BlockLevelEventProducer.viewportBPDOverflow";

    private final Reporter reporter;
    private final String document;
    private final Set<String> seen = new HashSet<>();
    private double backOverflow;
    private String firstError;

    CoverEvents(Reporter reporter, String document) {
        this.reporter = reporter;
        this.document = document;
    }

    @Override
    public synchronized void processEvent(Event event) {
        if (BPD_OVERFLOW.equals(event.getEventID()) && isBackText(event.getSource())
                && event.getParam("amount") instanceof Integer millipoints) {
            backOverflow = Math.max(backOverflow, millipoints / 1000.0);
            return;
        }
        if (event.getSeverity() == EventSeverity.INFO) {
            return;
        }
        String text = EventFormatter.format(event).replaceAll("\\s*\\(See position [^)]*\\)", "")
                .replaceAll("\\s*\\(No context info available\\)", "");
        if (event.getSeverity() != EventSeverity.WARN) {
            if (firstError == null) {
                firstError = text;
            }
        } else if (seen.add(text)) {
            reporter.warn(new Warning("PDF layout warnings from FOP (" + event.getEventKey() + ")", null, 0,
                    "the cover: " + text + " [" + document + "]"));
        }
    }

    private static boolean isBackText(Object source) {
        return source instanceof LayoutManager manager && manager.getFObj() != null
                && BACK_TEXT.equals(manager.getFObj().getId());
    }

    /** How many points the back's text is too long for its box; 0 when it fits. */
    synchronized double backOverflow() {
        return backOverflow;
    }

    synchronized String firstError() {
        return firstError;
    }
}
