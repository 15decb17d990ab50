package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageRangesTest {

    /** The list as printed, "ref" of each page's link in brackets, "?" for a page FOP cites later. */
    private static String printed(List<String> refs, Map<String, LaidOutPages.Page> pages) {
        return PageRanges.of(refs, ref -> Optional.ofNullable(pages.get(ref))).stream().map(item -> {
            if (item instanceof PageRanges.Range range) {
                String first = range.first().page().label() + "[" + range.first().ref() + "]";
                return range.single() ? first
                        : first + "\u2013" + range.last().page().label() + "[" + range.last().ref() + "]";
            }
            return "?[" + ((PageRanges.Later) item).ref() + "]";
        }).collect(Collectors.joining(", "));
    }

    private static LaidOutPages.Page page(int index, String label) {
        return new LaidOutPages.Page(index, label);
    }

    @Test
    void aPageIsListedOnceByItsFirstOccurrenceAndConsecutivePagesAreARange() {
        Map<String, LaidOutPages.Page> pages = Map.of("a", page(11, "12"), "b", page(11, "12"), "c", page(12, "13"),
                "d", page(13, "14"), "e", page(20, "21"), "f", page(22, "23"));
        assertThat(printed(List.of("a", "b", "c", "d", "e", "f"), pages))
                .isEqualTo("12[a]\u201314[d], 21[e], 23[f]");
    }

    @Test
    void pagesNumberedInAnotherWayAreNoRange() {
        Map<String, LaidOutPages.Page> pages = Map.of("a", page(3, "iv"), "b", page(4, "v"), "c", page(5, "1"),
                "d", page(6, "2"), "e", page(8, "5"));
        assertThat(printed(List.of("a", "b", "c", "d", "e"), pages)).isEqualTo("iv[a]\u2013v[b], 1[c]\u20132[d], 5[e]");
    }

    @Test
    void anOccurrenceNotLaidOutYetComesLastForFopToCite() {
        Map<String, LaidOutPages.Page> pages = Map.of("a", page(4, "5"));
        assertThat(printed(List.of("x", "a", "y"), pages)).isEqualTo("5[a], ?[x], ?[y]");
        assertThat(printed(List.of(), pages)).isEmpty();
    }
}
