package org.columnpress.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PunctuationTest {

    @Test
    void aTitleEndingInAQuestionOrExclamationMarkTakesNoPeriod() {
        assertThat(Punctuation.closeSentence("Kerstman dik?", ".")).isEqualTo("Kerstman dik?");
        assertThat(Punctuation.closeSentence("Nooit meer!", ".")).isEqualTo("Nooit meer!");
        assertThat(Punctuation.closeSentence("En toen…", ".")).isEqualTo("En toen…");
        assertThat(Punctuation.closeSentence("Enz.", ".")).isEqualTo("Enz.");
    }

    @Test
    void closingQuotesAfterTheMarkCountAsItsEnd() {
        assertThat(Punctuation.endsSentence("Hij zei: „Nee!”")).isTrue();
        assertThat(Punctuation.endsSentence("»Warum?«")).isTrue();
        assertThat(Punctuation.endsSentence("« Pourquoi ? »")).isTrue();
        assertThat(Punctuation.endsSentence("'Why?' ")).isTrue();
    }

    @Test
    void anyOtherTitleGetsThePeriod() {
        assertThat(Punctuation.closeSentence("Winst en verlies", ".")).isEqualTo("Winst en verlies.");
        assertThat(Punctuation.closeSentence("Over „de brug”", ".")).isEqualTo("Over „de brug”.");
        assertThat(Punctuation.closeSentence("Deel (2)", ".")).isEqualTo("Deel (2).");
        assertThat(Punctuation.closeSentence("", ".")).isEqualTo(".");
    }
}
