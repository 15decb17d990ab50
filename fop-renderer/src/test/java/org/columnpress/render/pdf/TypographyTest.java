package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The typography of justified text and of the sources page, measured on the printed lines: the spaces
 * inside inline code, the gaps on a line with a long URL, the period after a title.
 */
class TypographyTest {

    static final String URL = "https://www.example.org/archief/2009/03/niet-zo-commercieel-correct-graag"
            + "?utm_source=columns&utm_medium=boek";
    /** A code word long enough that FOP breaks it across lines. */
    static final String CODE_WORD = "verzekeringsmaatschappijenconfiguratiebestandslocatie";
    static final String TEXT = "Wie een factuur stuurt, rekent op betaling binnen de afgesproken termijn, en"
            + " wie er een stuurt met een termijn van zestig dagen, weet dat de klant de laatste dag kiest. Zo"
            + " gaat het al jaren, in de bouw net als in de zorg, en niemand die er nog van opkijkt.";

    @TempDir
    static Path out;
    static Path pdf;
    static List<Pdfs.Line> lines;

    @BeforeAll
    static void render() throws Exception {
        List<Column> columns = new ArrayList<>();
        String[] titles = {"Kerstman dik?", "Nooit meer!", "Hij zei: „Nee!”", "Winst en verlies"};
        for (int i = 0; i < titles.length; i++) {
            List<Block> body = i > 0 ? List.of(TestBooks.p(TEXT)) : List.of(
                    TestBooks.p(TEXT),
                    // The code's space sits on a line that must stretch: the long code after it cannot break.
                    TestBooks.p("Wij vragen ", new Inline.Code("net 30"), " van elke klant, tot ",
                            new Inline.Code("2009-03-03T12:00:00+01:00/2009-04-02T12:00"), " daarna. " + TEXT),
                    TestBooks.p("Het hele verhaal staat op ", new Inline.Link(URL, List.of(new Inline.Text(URL))),
                            " en ook op www.wimaalbers.nl/archief/niet-zo-commercieel-correct-graag, waar de"
                                    + " lezers het nog eens nalezen. " + TEXT),
                    TestBooks.p(TEXT),
                    // Long code words in a justified line: FOP hyphenates them by the paragraph's language.
                    TestBooks.p("De fout zat in ", new Inline.Code(CODE_WORD), " en in ",
                            new Inline.Code(CODE_WORD.toUpperCase(java.util.Locale.ROOT)), ", zei de ontwikkelaar, en daarna in ",
                            new Inline.Code(CODE_WORD + "Verwerker"), ". " + TEXT));
            columns.add(TestBooks.column(out, "c" + i, titles[i], "nl", body, List.of(),
                    Optional.of("NRC Handelsblad"), Optional.empty()));
        }
        Book book = TestBooks.book(out, "Typografie", Optional.empty(), "nl", columns, Optional.empty());
        pdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(book, out, "boek").get(0).path();
        lines = Pdfs.lines(pdf);
    }

    @Test
    void aTitleEndingInAQuestionOrExclamationMarkTakesNoPeriodOnTheSourcesPage() throws Exception {
        List<String> pages = Pdfs.pageTexts(pdf);
        String sources = pages.get(pages.size() - 1).replaceAll("\\s+", " ");
        assertThat(sources).contains("Kerstman dik? Eerder verschenen in NRC Handelsblad.",
                "Nooit meer! Eerder verschenen in NRC Handelsblad.",
                "Hij zei: „Nee!” Eerder verschenen in NRC Handelsblad.",
                "Winst en verlies. Eerder verschenen in NRC Handelsblad.");
        assertThat(sources).doesNotContain("?.", "!.", "”.");
    }

    @Test
    void theSpacesOfInlineCodeDoNotStretchInAJustifiedLine() {
        Pdfs.Line line = lines.stream().filter(l -> l.text().contains("net 30")).findFirst().orElseThrow();
        int net = indexOf(line, "net");
        float codeGap = line.gaps().get(net);
        float widest = line.gaps().stream().max(Float::compare).orElseThrow();
        assertThat(widest).as("the line is stretched: %s %s", line.text(), line.gaps()).isGreaterThan(10f);
        // Source Code Pro's space is 600/1000 em, at 0.88 of the 10pt text.
        assertThat(codeGap).as("the space in 'net 30' on '%s'", line.text()).isCloseTo(0.6f * 8.8f,
                org.assertj.core.data.Offset.offset(0.3f));
    }

    @Test
    void aLongUrlBreaksWithoutAHyphenAndLeavesNoWideGapsBeforeIt() {
        List<Pdfs.Line> urlLines = lines.stream()
                .filter(l -> l.text().contains("example.org") || l.text().contains("utm_") || l.text().contains("www."))
                .toList();
        assertThat(urlLines).hasSizeGreaterThan(1);
        // The body's usual spacing: the widest gap of the ordinary paragraphs (the other columns).
        float usual = lines.stream().filter(l -> l.page() > 0 && l.text().startsWith("Wie een factuur"))
                .flatMap(l -> l.gaps().stream()).max(Float::compare).orElseThrow();
        List<Pdfs.Line> around = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (urlLines.contains(lines.get(i))) {
                around.add(lines.get(i - 1));
                around.add(lines.get(i));
            }
        }
        Pdfs.Line loosest = around.stream().max(Comparator.comparing(
                l -> l.gaps().stream().max(Float::compare).orElse(0f))).orElseThrow();
        assertThat(loosest.gaps().stream().max(Float::compare).orElseThrow())
                .as("widest gap on '%s' (usual %s)", loosest.text(), usual).isLessThanOrEqualTo(usual * 2);
        assertThat(urlLines).noneMatch(l -> l.text().matches(".*\\w-$") && !l.text().endsWith("commercieel-"));
    }

    @Test
    void longCodeBreaksWithoutAHyphenThatIsNotInIt() throws Exception {
        List<Pdfs.Line> codeLines = lines.stream()
                .filter(l -> l.text().contains("verzekerings") || l.text().contains("VERZEKERINGS")
                        || l.text().contains("locatie") || l.text().contains("LOCATIE"))
                .toList();
        assertThat(codeLines).as("the code words break: %s", codeLines.stream().map(Pdfs.Line::text).toList())
                .anyMatch(l -> !l.text().matches(".*(locatie|LOCATIE|Verwerker).*"));
        assertThat(codeLines).noneMatch(l -> l.text().matches(".*[a-zA-Z]-$"));
        assertThat(Pdfs.text(pdf).replaceAll("\\s+", "")).contains(CODE_WORD, CODE_WORD + "Verwerker",
                CODE_WORD.toUpperCase(java.util.Locale.ROOT));
    }

    @Test
    void theUrlCopiesAsWrittenAndTheLinkGoesToIt() throws Exception {
        String text = Pdfs.text(pdf);
        assertThat(text).doesNotContain("\u200B", "\u2060");
        assertThat(text.replaceAll("\\s+", "")).contains(URL, "www.wimaalbers.nl/archief/niet-zo-commercieel-correct-graag");
        List<String> targets = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (var page : doc.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(targets).contains(URL);
    }

    private static int indexOf(Pdfs.Line line, String word) {
        for (int i = 0; i < line.words().size(); i++) {
            if (line.words().get(i).text().equals(word)) {
                return i;
            }
        }
        throw new AssertionError("no word '" + word + "' on " + line.text());
    }
}
