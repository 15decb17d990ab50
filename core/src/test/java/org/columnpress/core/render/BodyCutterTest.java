package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;

class BodyCutterTest {

    private static final String SENTENCE = "De wethouder bewondert het fietspad na lang beraad. ";

    @Test
    void aBodyOfOrdinaryLengthStaysWhole() {
        List<Block> body = paragraphs(150, 0); // ~150,000 characters
        assertThat(BodyCutter.split(body)).containsExactly(body);
    }

    @Test
    void aLongBodyIsCutBeforeHeadingsIntoPartsOfAtMostTheLimitWithEveryBlockOnceInOrder() {
        List<Block> body = paragraphs(600, 40);
        List<List<Block>> parts = BodyCutter.split(body);
        assertThat(parts).hasSizeBetween(3, 6);
        for (int i = 0; i < parts.size(); i++) {
            int size = parts.get(i).stream().mapToInt(BodyCutter::size).sum();
            assertThat(size).as("part %d", i).isLessThanOrEqualTo(BodyCutter.LIMIT);
            if (i > 0) {
                assertThat(parts.get(i).get(0)).as("part %d begins with", i).isInstanceOf(Block.Heading.class);
            }
        }
        assertThat(parts.stream().flatMap(List::stream).toList()).isEqualTo(body);
    }

    @Test
    void withoutHeadingsAPartEndsBeforeTheBlockThatWouldOverfillIt() {
        List<List<Block>> parts = BodyCutter.split(paragraphs(450, 0));
        assertThat(parts).hasSize(3);
        assertThat(parts.get(0).stream().mapToInt(BodyCutter::size).sum())
                .isBetween(BodyCutter.LIMIT - 1_100, BodyCutter.LIMIT);
    }

    private static List<Block> paragraphs(int count, int headingEvery) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (headingEvery > 0 && i > 0 && i % headingEvery == 0) {
                blocks.add(new Block.Heading(2, List.of(new Inline.Text("Deel " + i))));
            }
            blocks.add(new Block.Paragraph(List.of(new Inline.Text(i + " " + SENTENCE.repeat(19)))));
        }
        return blocks;
    }
}
