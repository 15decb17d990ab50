package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TypographyTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "nl|zei \"ja\" en 'nee'|zei “ja” en ‘nee’",
        "nl|”Er wordt gewerkt”, zei hij.|“Er wordt gewerkt”, zei hij.",
        "nl|zo'n kostenniveau's in de jaren '80 en 's avonds|zo’n kostenniveau’s in de jaren ’80 en ’s avonds",
        "nl|wacht... en - zo - verder|wacht… en – zo – verder",
        "nl|hem- of haarzelf, (terug-)verdienen|hem- of haarzelf, (terug-)verdienen",
        "en|\"Don't,\" she said, 'it's mine.'|“Don’t,” she said, ‘it’s mine.’",
        "en|a -- b --- c|a – b — c",
        "de|\"Ja\", sagte er, 'gut'.|„Ja“, sagte er, ‚gut‘.",
        "en-GB|(\"quoted\")|(“quoted”)",
    })
    void quotesDashesAndDotsFollowTheLanguage(String language, String input, String expected) {
        assertThat(Typography.forLanguage(language).apply(input)).isEqualTo(expected);
    }

    @Test
    void frenchQuotesGetNarrowNoBreakSpaces() {
        assertThat(Typography.forLanguage("fr").apply("Il dit \"oui\" ; non ?"))
                .isEqualTo("Il dit «\u202Foui\u202F»\u202F; non\u202F?");
        assertThat(Typography.forLanguage("fr").apply("\" oui \"")).isEqualTo("«\u202Foui\u202F»");
    }

    @Test
    void codeIsContextButIsNeverChanged() {
        List<String> out = Typography.forLanguage("en").apply(List.of(
                new Typography.Piece("Type \"", true), new Typography.Piece("a \"b\" ...", false),
                new Typography.Piece("\" now...", true)));
        assertThat(out).containsExactly("Type “", "a \"b\" ...", "” now…");
    }
}
