package org.columnpress.render.pdf.internal;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.area.AreaTreeHandler;
import org.apache.fop.area.IDTracker;
import org.apache.fop.area.PageViewport;
import org.apache.fop.area.RenderPagesModel;
import org.apache.fop.area.Resolvable;

/**
 * FOP's own area tree handler, which also tells {@link LaidOutPages} each page's label and on which page each
 * id it wants lands.
 * FOP lays out a page sequence as soon as it has read the sequence's end; so once a page sequence has gone
 * to FOP, the pages of every id in it are known. Set with {@link FOUserAgent#setFOEventHandlerOverride}: FOP
 * then uses it instead of making one.
 *
 * <p>Two places of FOP's are watched. The layout managers tell the handler's {@link IDTracker} (from
 * {@link #getIDTracker()}) which page an id is on while the page is still being filled; that tracker is a
 * {@link Recording} one, which passes every call on to FOP's own tracker (which the handler keeps using
 * itself: there is still one tracker's state). A page learns its place in the document (its index) only when
 * it is added to the area tree model, so the ids wait, per page, until then: only the pages being laid out
 * are held, never a finished one.
 */
final class PageRecordingHandler extends AreaTreeHandler {

    private LaidOutPages pages;
    private Recording tracker;
    /** The ids wanted on each page not yet added to the model. */
    private final Map<PageViewport, List<String>> waiting = new IdentityHashMap<>();

    PageRecordingHandler(FOUserAgent agent, String outputFormat, OutputStream out, LaidOutPages pages)
            throws FOPException {
        super(agent, outputFormat, out);
        this.pages = pages;
    }

    /** FOP's model, which also tells the ids on each page added where it stands. */
    @Override
    protected void setupModel(FOUserAgent agent, String outputFormat, OutputStream out) throws FOPException {
        if (agent.isConserveMemoryPolicyEnabled()) { // never set by Columnpress: FOP's own model, no pages noted
            super.setupModel(agent, outputFormat, out);
            return;
        }
        model = new RenderPagesModel(agent, outputFormat, fontInfo, out) {
            private Object sequence;
            private int sequences = -1;

            @Override
            public void addPage(PageViewport page) {
                super.addPage(page);
                if (page.getPageSequence() != sequence) {
                    sequence = page.getPageSequence();
                    sequences++;
                }
                pages.pageAdded(page.getPageIndex(), page.getPageNumberString(), sequences);
                List<String> ids = waiting.remove(page);
                if (ids != null) {
                    for (String id : ids) {
                        pages.laidOut(id, page.getPageIndex(), page.getPageNumberString());
                    }
                }
            }
        };
    }

    @Override
    public IDTracker getIDTracker() {
        if (tracker == null) {
            tracker = new Recording(super.getIDTracker());
        }
        return tracker;
    }

    @Override
    public void associateIDWithPageViewport(String id, PageViewport page) {
        getIDTracker().associateIDWithPageViewport(id, page);
    }

    private void laidOut(String id, PageViewport page) {
        if (pages == null || !pages.wants(id)) {
            return;
        }
        if (page.getPageSequence() != null) { // already added to the model: its index is known
            pages.laidOut(id, page.getPageIndex(), page.getPageNumberString());
        } else {
            waiting.computeIfAbsent(page, p -> new ArrayList<>(4)).add(id);
        }
    }

    /** FOP's tracker, every call passed on, with the pages of the ids it is told about noted. */
    private final class Recording extends IDTracker {

        private final IDTracker fop;

        Recording(IDTracker fop) {
            this.fop = fop;
        }

        @Override
        public void associateIDWithPageViewport(String id, PageViewport page) {
            fop.associateIDWithPageViewport(id, page);
            laidOut(id, page);
        }

        @Override
        public void signalPendingID(String id) {
            fop.signalPendingID(id);
        }

        @Override
        public void signalIDProcessed(String id) {
            fop.signalIDProcessed(id);
        }

        @Override
        public boolean alreadyResolvedID(String id) {
            return fop.alreadyResolvedID(id);
        }

        @Override
        public void tryIDResolution(PageViewport page) {
            fop.tryIDResolution(page);
        }

        @Override
        public List<PageViewport> getPageViewportsContainingID(String id) {
            return fop.getPageViewportsContainingID(id);
        }

        @Override
        public PageViewport getFirstPageViewportContaining(String id) {
            return fop.getFirstPageViewportContaining(id);
        }

        @Override
        public PageViewport getLastPageViewportContaining(String id) {
            return fop.getLastPageViewportContaining(id);
        }

        @Override
        public void addUnresolvedIDRef(String id, Resolvable resolvable) {
            fop.addUnresolvedIDRef(id, resolvable);
        }

        /** A page laid out again as the sequence's last page: its ids wait for the new one. */
        @Override
        public void replacePageViewPort(PageViewport old, PageViewport replacement) {
            fop.replacePageViewPort(old, replacement);
            List<String> ids = waiting.remove(old);
            if (ids != null) {
                waiting.computeIfAbsent(replacement, p -> new ArrayList<>(4)).addAll(ids);
            }
        }
    }
}
