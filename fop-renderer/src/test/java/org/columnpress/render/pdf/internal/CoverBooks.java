package org.columnpress.render.pdf.internal;

import java.util.List;
import java.util.Optional;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Block;

/** Books and back-cover texts for the cover tests. */
final class CoverBooks {

    static final String ISBN = "9789012345675";

    private CoverBooks() {
    }

    /** {@link TestBooks#book}'s Dutch book (Wim Aalbers, Uitgeverij Kolom) with this title and identifier. */
    static Book book(String title, String identifier) {
        Book b = TestBooks.book(title, List.of());
        return new Book(b.directory(), title, b.subtitle(), b.authors(), b.language(), b.publisher(), identifier,
                b.date(), b.rights(), b.description(), b.edition(), Optional.empty(), b.columns(), b.labels());
    }

    static Book withCover(Book b, java.nio.file.Path cover) {
        return new Book(b.directory(), b.title(), b.subtitle(), b.authors(), b.language(), b.publisher(),
                b.identifier(), b.date(), b.rights(), b.description(), b.edition(), Optional.of(cover), b.columns(),
                b.labels());
    }

    static List<Block> blurb() {
        return List.of(TestBooks.paragraph("Wim Aalbers schrijft al twintig jaar over ondernemers die het anders"
                + " doen: de bakker die zijn brood in abonnementen verkoopt, de loodgieter die nooit te laat komt,"
                + " de accountant die gewoon terugbelt. Zijn columns zijn kort, scherp en altijd met een knipoog."),
                TestBooks.paragraph("In deze bundel staan de beste columns uit twintig jaar NRC Handelsblad,"
                        + " herzien en voorzien van een nawoord over wat ondernemers in die tijd leerden."));
    }

    static List<Block> bio() {
        return List.of(TestBooks.paragraph("Wim Aalbers (1961) was ondernemer en adviseur voordat hij columnist"
                + " werd. Hij woont in Deventer."));
    }
}
