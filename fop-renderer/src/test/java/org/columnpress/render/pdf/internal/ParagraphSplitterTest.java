package org.columnpress.render.pdf.internal;

import org.columnpress.core.RecordingReporter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Inline;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

    private static final String SENTENCE = "De raad vergadert over het plan in de regen, en niemand weet waarom. ";

    @Test
    void aParagraphOfNormalLengthIsLeftAsItIs() {
        List<Inline> content = List.of(new Inline.Text(SENTENCE.repeat(100)), new Inline.Emphasis(text("nadruk")));

        assertThat(ParagraphSplitter.split(content)).containsExactly(content);
    }

    @Test
    void aLongParagraphIsCutAtSentenceEndsIntoPartsNoLongerThanTheLimit() {
        String text = sentences(1_000);

        List<List<Inline>> parts = ParagraphSplitter.split(text(text));

        assertThat(parts).hasSizeGreaterThan(text.length() / ParagraphSplitter.LIMIT);
        assertThat(parts).allSatisfy(part -> assertThat(Inline.plainText(part).length())
                .isBetween(1, ParagraphSplitter.LIMIT));
        assertThat(parts.subList(0, parts.size() - 1))
                .allSatisfy(part -> assertThat(Inline.plainText(part)).matches("(?s).*waarom\\. "));
        assertThat(joined(parts)).isEqualTo(text);
    }

    @Test
    void emphasisAndLinksSpanningACutAreClosedBeforeItAndReopenedAfterIt() {
        String emphasised = sentences(400);
        List<Inline> content = List.of(new Inline.Text("Voor. "), new Inline.Link("https://example.org",
                List.of(new Inline.Strong(List.of(new Inline.Emphasis(text(emphasised)))))), new Inline.Text(" Na."));

        List<List<Inline>> parts = ParagraphSplitter.split(content);

        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(joined(parts)).isEqualTo(Inline.plainText(content));
        StringBuilder insideMarkup = new StringBuilder();
        for (List<Inline> part : parts) {
            for (Inline inline : part) {
                if (inline instanceof Inline.Link link) {
                    assertThat(link.target()).isEqualTo("https://example.org");
                    Inline.Strong strong = (Inline.Strong) link.content().get(0);
                    insideMarkup.append(Inline.plainText(((Inline.Emphasis) strong.content().get(0)).content()));
                }
            }
        }
        assertThat(insideMarkup.toString()).isEqualTo(emphasised);
    }

    @Test
    void proseWithoutSentenceEndsIsCutBetweenWordsAndAGiantWordAnywhereButInsideACharacter() {
        String words = "appel; peer; banaan ".repeat(2_000);
        String giant = "🍐".repeat(20_000);

        List<List<Inline>> wordParts = ParagraphSplitter.split(text(words));
        List<List<Inline>> giantParts = ParagraphSplitter.split(text(giant));

        assertThat(wordParts).hasSizeGreaterThan(1).allSatisfy(part ->
                assertThat(Inline.plainText(part)).doesNotStartWith(" ").endsWith(" "));
        assertThat(joined(wordParts)).isEqualTo(words);
        assertThat(giantParts).hasSizeGreaterThan(1).allSatisfy(part ->
                assertThat(Inline.plainText(part)).matches("(🍐)+"));
        assertThat(joined(giantParts)).isEqualTo(giant);
    }

    @Test
    void aHardLineBreakPastHalfTheLimitIsTheJointAndGoes() {
        List<Inline> content = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            content.add(new Inline.Text("regel " + i + " " + "zonder punt ".repeat(30)));
            content.add(new Inline.LineBreak());
        }

        List<List<Inline>> parts = ParagraphSplitter.split(content);

        assertThat(parts).hasSizeGreaterThan(1);
        assertThat(parts.subList(1, parts.size())).allSatisfy(part ->
                assertThat(part.get(0)).isInstanceOf(Inline.Text.class)
                        .extracting(t -> ((Inline.Text) t).text()).asString().startsWith("regel "));
        int breaks = parts.stream().mapToInt(part -> (int) part.stream().filter(Inline.LineBreak.class::isInstance)
                .count()).sum();
        assertThat(breaks + parts.size() - 1).as("every break is kept or is a joint").isBetween(39, 40);
    }

    @Test
    void theBookXmlOfASplitParagraphIsValidAgainstTheSchemaAndHoldsItsParts() throws Exception {
        Book book = TestBooks.book("Boek", List.of(TestBooks.column("a", "Titel", "nl", List.of(
                TestBooks.p(sentences(300)), new Block.BlockQuote(List.of(TestBooks.p(sentences(300))))))));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new BookXmlWriter(new RecordingReporter()).write(book, book.columns(), "book", out);

        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(getClass().getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(
                out.toByteArray())))).doesNotThrowAnyException();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<p anchor=\"a1-1\"><part>Zin 1:", "<quote><p anchor=\"a1-2\"><part>Zin 1:");
    }

    private static String sentences(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("Zin ").append(i).append(": ").append(SENTENCE);
        }
        return text.toString();
    }

    private static List<Inline> text(String text) {
        return List.of(new Inline.Text(text));
    }

    private static String joined(List<List<Inline>> parts) {
        return parts.stream().map(Inline::plainText).reduce("", String::concat);
    }
}
