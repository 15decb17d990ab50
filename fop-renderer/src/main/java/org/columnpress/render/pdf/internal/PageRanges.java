package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The page list of one index entry: its occurrences' pages, each page once (cited by its first occurrence
 * there), in page order, runs of consecutive pages merged into a range (12–14). Pages numbered alike only
 * merge: "xii" and "1" are consecutive sheets, not a range. An occurrence whose page is not known yet (it is
 * printed after the index) stays on its own, at the end, for FOP to cite.
 */
final class PageRanges {

    /** A cited page: the occurrence it links to, and its page. */
    record Cited(String ref, LaidOutPages.Page page) {
    }

    /** What the list prints, in order. */
    sealed interface Item {
    }

    /** One page, or a range of pages from {@code first} to {@code last}. */
    record Range(Cited first, Cited last) implements Item {
        boolean single() {
            return first.equals(last);
        }
    }

    /** An occurrence laid out after the index: its page is cited by FOP. */
    record Later(String ref) implements Item {
    }

    private PageRanges() {
    }

    static List<Item> of(List<String> refs, Function<String, Optional<LaidOutPages.Page>> pageOf) {
        TreeMap<Integer, Cited> byPage = new TreeMap<>();
        List<Item> later = new ArrayList<>();
        for (String ref : refs) {
            Optional<LaidOutPages.Page> page = pageOf.apply(ref);
            if (page.isPresent()) {
                byPage.putIfAbsent(page.get().index(), new Cited(ref, page.get()));
            } else {
                later.add(new Later(ref));
            }
        }
        List<Item> items = new ArrayList<>();
        Cited first = null;
        Cited last = null;
        for (Cited cited : byPage.values()) {
            if (last != null && follows(last.page(), cited.page())) {
                last = cited;
                continue;
            }
            if (first != null) {
                items.add(new Range(first, last));
            }
            first = cited;
            last = cited;
        }
        if (first != null) {
            items.add(new Range(first, last));
        }
        items.addAll(later);
        return items;
    }

    /** The next sheet, numbered in the same way: 12 then 13, or iv then v. */
    private static boolean follows(LaidOutPages.Page page, LaidOutPages.Page next) {
        if (next.index() != page.index() + 1) {
            return false;
        }
        boolean decimal = isDecimal(page.label());
        if (decimal != isDecimal(next.label())) {
            return false;
        }
        return !decimal || Long.parseLong(next.label()) == Long.parseLong(page.label()) + 1;
    }

    private static boolean isDecimal(String label) {
        return !label.isEmpty() && label.length() < 18 && label.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
