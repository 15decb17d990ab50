package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index's words found in text: whole words, case, diacritics, web addresses, overlaps, many words at once. */
class IndexMatcherTest {

    private static List<String> found(String text, String language, String... words) {
        List<IndexMatcher.Word> list = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            list.add(new IndexMatcher.Word(words[i], i));
        }
        return new IndexMatcher(list).find(text, language).stream()
                .map(m -> text.substring(m.start(), m.end()) + "=" + words[m.term()]).toList();
    }

    @Test
    void onlyWholeWordsCount() {
        assertThat(found("De trein, treinen en de treinstaking; sporen en spoor.", "nl", "trein", "spoor"))
                .containsExactly("trein=trein", "spoor=spoor");
    }

    @Test
    void aLowerCaseWordFindsAnyCaseAndACapitalisedOneOnlyItself() {
        assertThat(found("Trein na trein. De NS en de ns-code, Rutte en rutte.", "nl", "trein", "NS", "Rutte"))
                .containsExactly("Trein=trein", "trein=trein", "NS=NS", "Rutte=Rutte");
    }

    @Test
    void diacriticsCount() {
        assertThat(found("één keer een café en een cafe", "nl", "een", "café"))
                .containsExactly("een=een", "café=café", "een=een");
    }

    @Test
    void turkishFoldsItsOwnI() {
        assertThat(found("ISTANBUL'da", "tr", "ıstanbul")).containsExactly("ISTANBUL=ıstanbul");
        assertThat(found("ISTANBUL", "en", "ıstanbul")).isEmpty();
    }

    @Test
    void theLongerOfTwoOverlappingWordsWins() {
        assertThat(found("Premier Mark Rutte en later Rutte zelf.", "nl", "Rutte", "Mark Rutte"))
                .containsExactly("Mark Rutte=Mark Rutte", "Rutte=Rutte");
    }

    @Test
    void neverInsideAWebAddress() {
        assertThat(found("Zie https://example.org/trein/amersfoort en www.trein.nl, of de trein.", "nl", "trein"))
                .containsExactly("trein=trein");
    }

    @Test
    void wordsThatShareBeginningsAndEndsAreAllFound() {
        // suffix links: "he" inside "she", "hers" after "her"
        assertThat(found("she and hers and he", "en", "he", "she", "hers", "her"))
                .containsExactly("she=she", "hers=hers", "he=he");
    }

    @Test
    void fiveHundredWordsInOnePass() {
        List<IndexMatcher.Word> words = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            words.add(new IndexMatcher.Word("woord" + i, i));
        }
        String text = "Hier staan woord7, woord499 en woord500 en woord77.";
        assertThat(new IndexMatcher(words).find(text, "nl")).extracting(IndexMatcher.Match::term)
                .containsExactly(7, 499, 77);
    }
}
