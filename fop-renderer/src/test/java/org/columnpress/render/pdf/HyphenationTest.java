package org.columnpress.render.pdf;

import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a narrow page, long words break; every break must fall on a syllable boundary of the column's own
 * language (boundaries from the dictionaries, Van Dale and Merriam-Webster).
 */
public class HyphenationTest {

    public static final Map<String, Set<String>> DUTCH = Map.of(
            "verantwoordelijkheid", Set.of("ver", "verant", "verantwoor", "verantwoorde", "verantwoordelijk"),
            "ontwikkelingssamenwerking", Set.of("ont", "ontwik", "ontwikke", "ontwikkelings", "ontwikkelingssa",
                    "ontwikkelingssamen", "ontwikkelingssamenwer"),
            "arbeidsongeschiktheidsverzekering", Set.of("ar", "arbeids", "arbeidson", "arbeidsonge",
                    "arbeidsongeschikt", "arbeidsongeschiktheids", "arbeidsongeschiktheidsver",
                    "arbeidsongeschiktheidsverze", "arbeidsongeschiktheidsverzeke"),
            "gemeenteraadsverkiezingen", Set.of("ge", "gemeen", "gemeente", "gemeenteraads", "gemeenteraadsver",
                    "gemeenteraadsverkie", "gemeenteraadsverkiezin"),
            "kinderdagverblijven", Set.of("kin", "kinder", "kinderdag", "kinderdagver", "kinderdagverblij"));
    public static final Map<String, Set<String>> ENGLISH = Map.of(
            "responsibility", Set.of("re", "respon", "responsi", "responsibil", "responsibili"),
            "internationalization", Set.of("in", "inter", "interna", "internation", "international",
                    "internationali", "internationaliza"),
            "extraordinary", Set.of("ex", "extra", "extraor", "extraordi"),
            "characteristics", Set.of("char", "charac", "character", "characteris"),
            "communication", Set.of("com", "commu", "communi", "communica"),
            "unquestionably", Set.of("un", "unques", "unquestion"),
            "incomprehensible", Set.of("in", "incom", "incompre", "incomprehen", "incomprehensi"));

    @TempDir
    static Path out;
    static List<String> pages;

    @BeforeAll
    static void render() throws Exception {
        String nl = String.join(" ", DUTCH.keySet()) + " en de ";
        String en = String.join(" ", ENGLISH.keySet()) + " and the ";
        var book = TestBooks.book("Afbreken", List.of(
                TestBooks.column("nl", "Nederlands", "nl", List.of(TestBooks.p(nl.repeat(5)))),
                TestBooks.column("en", "English", "en", List.of(TestBooks.p(en.repeat(5))))));
        new PdfRendererFactory().create(TestBooks.options(Map.of("param.page.width", "75mm",
                "param.margin.inner", "8mm", "param.margin.outer", "8mm", "param.show.toc", "false",
                "param.show.title.page", "false"), new RecordingReporter())).render(book, out, "b");
        pages = Pdfs.pageTexts(out.resolve("b.pdf"));
    }

    @Test
    void aDutchColumnBreaksWordsAtDutchSyllables() {
        List<String> breaks = breaks(textOf("Over nederlands"), DUTCH);
        assertThat(breaks).hasSizeGreaterThanOrEqualTo(3);
        breaks.forEach(b -> assertThat(DUTCH.get(b.split("\\|")[1])).as(b).contains(b.split("\\|")[0]));
    }

    @Test
    void anEnglishColumnBreaksWordsByEnglishRules() {
        List<String> breaks = breaks(textOf("Over english"), ENGLISH);
        assertThat(breaks).hasSizeGreaterThanOrEqualTo(3);
        breaks.forEach(b -> assertThat(ENGLISH.get(b.split("\\|")[1])).as(b).contains(b.split("\\|")[0]));
    }

    private static String textOf(String marker) {
        StringBuilder text = new StringBuilder();
        boolean in = false;
        for (String page : pages) {
            in = in || page.contains(marker);
            if (in) {
                text.append(page);
            }
            if (in && page.contains("© Wim Aalbers 2009")) {
                break;
            }
        }
        return text.toString();
    }

    /** "prefix|word" for every line that ends inside one of the words. */
    private static List<String> breaks(String text, Map<String, Set<String>> words) {
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        List<String> found = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String[] left = lines.get(i).split("\\s+");
            String head = left[left.length - 1].replaceAll("[-‐]$", "");
            String tail = lines.get(i + 1).split("\\s+")[0];
            if (words.containsKey(head + tail)) {
                found.add(head + "|" + head + tail);
            }
        }
        return found;
    }
}
