package org.columnpress.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void plainTextKeepsTheWordsAndCodeAndDropsMarkupAndNoteNumbers() {
        List<Inline> inlines = List.of(new Inline.Text("Een "), new Inline.Emphasis(List.of(new Inline.Text("schuin"))),
                new Inline.FootnoteRef(1), new Inline.LineBreak(),
                new Inline.Link("https://example.org", List.of(new Inline.Strong(List.of(new Inline.Code("x()"))))));

        assertThat(Inline.plainText(inlines)).isEqualTo("Een schuin x()");
    }
}
