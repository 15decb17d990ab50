package org.columnpress.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CloseMatchesTest {

    private static final List<String> PARAMS = List.of("body.font.size", "body.font.family", "heading.font.family",
            "margin.top", "margin.bottom", "margin.inner", "margin.outer", "bleed", "crop.marks");

    @Test
    void aTypoASwapOrAnotherCaseIsCloseToTheNameMeant() {
        assertThat(CloseMatches.of("body.font.sise", PARAMS)).containsExactly("body.font.size");
        assertThat(CloseMatches.of("titel", List.of("title", "subtitle", "author"))).containsExactly("title");
        assertThat(CloseMatches.of("Crop_Marks", PARAMS)).containsExactly("crop.marks");
        assertThat(CloseMatches.of("margin.botom", PARAMS)).containsExactly("margin.bottom");
    }

    @Test
    void aNameWithoutItsLeadingPartIsCloseToTheFullName() {
        assertThat(CloseMatches.of("font.size", PARAMS)).containsExactly("body.font.size");
    }

    @Test
    void aDifferentNameIsCloseToNothing() {
        assertThat(CloseMatches.of("colour", List.of("title", "cover", "date"))).isEmpty();
        assertThat(CloseMatches.suggestion("paper", PARAMS)).isEmpty();
    }

    @Test
    void theSuggestionNamesEachMatchClosestFirst() {
        assertThat(CloseMatches.suggestion("margin.inne", PARAMS)).isEqualTo(" Did you mean 'margin.inner'?");
        assertThat(CloseMatches.suggestion("margin.oute", List.of("margin.outer", "margin.route", "margin.out")))
                .isEqualTo(" Did you mean 'margin.out', 'margin.outer' or 'margin.route'?");
    }
}
