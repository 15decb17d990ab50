package org.columnpress.render.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;

class ColophonTest {

    private final Book book = TestBooks.book("Beweging in de zaak", List.of());

    @Test
    void aBookWithAnIsbnNamesItAndTheEmbeddedTypeface() {
        assertThat(Colophon.lines(book, true)).containsExactly("Beweging in de zaak", "Columns uit de praktijk",
                "Wim Aalbers", "Druk: Eerste druk, 1 mei 2010", "ISBN 9789012345678",
                "Uitgegeven door Uitgeverij Kolom", "Gezet uit de Literata.", "Gemaakt met Columnpress.");
    }

    @Test
    void withoutEmbeddedFontsNoTypefaceIsNamed() {
        assertThat(Colophon.lines(book, false)).doesNotContain("Gezet uit de Literata.")
                .endsWith("Gemaakt met Columnpress.");
    }
}
