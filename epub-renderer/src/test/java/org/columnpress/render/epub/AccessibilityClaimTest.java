package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The EPUB's accessibility conformance claim: made only when the book meets it, and the log says why not. */
class AccessibilityClaimTest {

    private static final String OPF = "OEBPS/content.opf";
    private static final String CLAIM = "//*[local-name()='meta'][@property='dcterms:conformsTo']";

    @TempDir
    Path dir;

    private EpubContents render(Book book, RecordingReporter reporter) {
        RenderOptions options = new RenderOptions(Map.of(), dir, EpubBooksTest.TIMESTAMP, reporter);
        return new EpubContents(new EpubRendererFactory().create(options).render(book, dir, "book").get(0).path());
    }

    @Test
    void aBookWithAPictureWithoutAltTextMakesNoClaimAndTheLogSaysWhichPictureOnce() {
        TestBooks.Folder folder = TestBooks.folder(dir.resolve("book"), "title: Beelden\nauthor: Wim Aalbers\n"
                + "language: nl\npublisher: Uitgeverij De Kade\n")
                .image("images/zonder.png", "png").image("images/ook-zonder.png", "png")
                .write("columns/01-foto.md", "---\ntitle: Foto's\n---\n\nEen foto:\n\n![](../images/zonder.png)\n\n"
                        + "En nog een:\n\n![](../images/ook-zonder.png)\n");
        RecordingReporter reporter = new RecordingReporter();

        EpubContents epub = render(folder.read(), reporter);

        assertThat(epub.select(OPF, CLAIM)).isEmpty();
        assertThat(epub.select(OPF, "//*[local-name()='meta'][@property='a11y:certifiedBy']")).isEmpty();
        assertThat(epub.select(OPF, "//*[local-name()='meta'][@property='schema:accessibilitySummary']"))
                .singleElement().asString().doesNotContain("meets").contains("some images have no text alternative");
        List<Warning> claims = reporter.structured.stream()
                .filter(w -> w.kind().contains("accessibility conformance claim")).toList();
        assertThat(claims).singleElement().satisfies(w -> {
            assertThat(w.file().getFileName()).hasToString("01-foto.md");
            assertThat(w.text()).contains("EPUB Accessibility 1.1 - WCAG 2.1 Level AA", "images/zonder.png",
                    "1 more", "alt text");
        });
    }

    @Test
    void aBookNamingNeitherPublisherNorAuthorMakesNoClaimAndSaysSoWithoutAWarning() {
        Book book = TestBooks.folder(dir.resolve("book"), "title: Anoniem\nlanguage: nl\n")
                .write("columns/01.md", "---\ntitle: Een\n---\n\nTekst.\n").read();
        RecordingReporter reporter = new RecordingReporter();

        EpubContents epub = render(book, reporter);

        assertThat(epub.select(OPF, CLAIM)).isEmpty();
        assertThat(reporter.infos).anySatisfy(info -> assertThat(info).contains("does not claim", "no publisher"));
        assertThat(reporter.structured).noneMatch(w -> w.kind().contains("conformance"));
    }

    @Test
    void withoutAPublisherTheAuthorsMakeTheClaim() {
        Book book = TestBooks.folder(dir.resolve("book"), "title: Zelf\nauthor: [Wim Aalbers, Anna Jansen]\n"
                + "language: nl\n").write("columns/01.md", "---\ntitle: Een\n---\n\nTekst.\n").read();
        RecordingReporter reporter = new RecordingReporter();

        EpubContents epub = render(book, reporter);

        assertThat(epub.select(OPF, CLAIM)).containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
        assertThat(epub.select(OPF, "//*[local-name()='meta'][@property='a11y:certifiedBy']"))
                .containsExactly("Wim Aalbers en Anna Jansen");
        assertThat(reporter.structured).noneMatch(w -> w.kind().contains("conformance"));
    }
}
