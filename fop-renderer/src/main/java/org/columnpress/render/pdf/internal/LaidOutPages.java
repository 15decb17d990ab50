package org.columnpress.render.pdf.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The page on which each of some ids starts, as FOP lays the document out ({@link PageRecordingHandler}
 * tells it): the page's index in the document (0 for the first page) and its label, the number printed on
 * it ("v", "12"). Only the ids asked for are kept, and only as two small values each (never FOP's page
 * objects), so a 5,000-column book's ids cost little. Written on FOP's thread, read there too while FOP
 * runs (the index's page lists) and by anyone once FOP is done.
 */
final class LaidOutPages {

    /** A page of the document: {@code index} from 0, {@code label} as printed. */
    record Page(int index, String label) {
    }

    private final Predicate<String> wanted;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();

    /** @param wanted which ids to keep (FOP reports every id of the document) */
    LaidOutPages(Predicate<String> wanted) {
        this.wanted = wanted;
    }

    /** Whether the id is one to keep. */
    boolean wants(String id) {
        return wanted.test(id);
    }

    /** Keeps the first page FOP reports for an id: an id whose area spans pages starts on that one. */
    void laidOut(String id, int pageIndex, String label) {
        if (wanted.test(id)) {
            pages.putIfAbsent(id, new Page(pageIndex, label));
        }
    }

    /** The page an id starts on; empty when FOP has not laid it out (yet). */
    Optional<Page> page(String id) {
        return Optional.ofNullable(pages.get(id));
    }
}
