package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.PageMap;

/**
 * What FOP's layout tells about pages ({@link PageRecordingHandler} tells it), kept small: for the ids asked
 * for (the index's occurrences), the page each starts on, as its index in the document (0 for the first
 * page) and its label, the number printed on it ("v", "12"); for every page, its label and the first and last
 * {@link BlockAnchors block anchor} laid out on it, from which {@link #pageMap()} is made. Never FOP's page
 * objects, so a 5,000-column book's pages cost little. Written on FOP's thread, read there too while FOP runs
 * (the index's page lists) and once FOP is done (the page map).
 */
final class LaidOutPages {

    /** A page of the document: {@code index} from 0, {@code label} as printed. */
    record Page(int index, String label) {
    }

    private final Predicate<String> wanted;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<String> labels = new ArrayList<>();
    /** Each page's page sequence, counted from 0: a block never runs from one into the next. */
    private final List<Integer> sequences = new ArrayList<>();
    private final Map<Integer, String> firstAnchor = new HashMap<>();
    private final Map<Integer, String> lastAnchor = new HashMap<>();
    /** The anchor furthest in reading order met so far: one met again continues on a later page. */
    private long furthest = -1;

    /** @param wanted which ids' pages to keep besides the anchors (FOP reports every id of the document) */
    LaidOutPages(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** Whether the id is one to keep. */
    boolean wants(String id) {
        return wanted.test(id) || BlockAnchors.isAnchor(id);
    }

    /** A page FOP has placed in the document; pages come in order. */
    /** Pages laid out so far. */
    synchronized int pages() {
        return labels.size();
    }

    synchronized void pageAdded(int index, String label, int sequence) {
        while (labels.size() <= index) {
            labels.add("");
            sequences.add(sequence);
        }
        labels.set(index, label);
        sequences.set(index, sequence);
    }

    /**
     * Keeps the first page FOP reports for an id: an id whose area spans pages starts on that one. An anchor
     * counts only where its block starts.
     */
    synchronized void laidOut(String id, int pageIndex, String label) {
        if (BlockAnchors.isAnchor(id)) {
            long order = order(id);
            if (order > furthest) {
                furthest = order;
                firstAnchor.putIfAbsent(pageIndex, id);
                lastAnchor.put(pageIndex, id);
            }
        } else if (wanted.test(id)) {
            pages.putIfAbsent(id, new Page(pageIndex, label));
        }
    }

    /** The page an id starts on; empty when FOP has not laid it out (yet). */
    Optional<Page> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }

    /**
     * Every page with the block anchor it begins with (exact), or the anchor of the block it begins in
     * (the last one started before it in the same page sequence), or none; and the page of each id asked for.
     */
    synchronized PageMap pageMap() {
        List<PageMap.Page> map = new ArrayList<>(labels.size());
        String running = null;
        int runningSequence = -1;
        for (int index = 0; index < labels.size(); index++) {
            String first = firstAnchor.get(index);
            int sequence = sequences.get(index);
            if (first != null) {
                map.add(new PageMap.Page(labels.get(index), Optional.of(first), true));
            } else {
                map.add(new PageMap.Page(labels.get(index),
                        Optional.ofNullable(sequence == runningSequence ? running : null), false));
            }
            String last = lastAnchor.get(index);
            if (last != null) {
                running = last;
                runningSequence = sequence;
            }
        }
        // The index's occurrences (the ids asked for), so that the EPUB's index cites the pages this one prints.
        Map<String, String> places = new HashMap<>();
        pages.forEach((id, page) -> places.put(id, page.label()));
        return new PageMap(map, places);
    }

    /** An anchor's place in reading order: a<c>-<n> is column c's n-th. */
    private static long order(String anchor) {
        int dash = anchor.indexOf('-');
        return Long.parseLong(anchor.substring(1, dash)) << 32 | Long.parseLong(anchor.substring(dash + 1));
    }
}
