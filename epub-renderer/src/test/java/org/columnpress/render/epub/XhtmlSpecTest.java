package org.columnpress.render.epub;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.columnpress.core.TestBooks;
import org.columnpress.core.golden.ExampleBook;
import org.columnpress.core.golden.SpecFile;
import org.columnpress.core.golden.XmlOutline;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown and plain text in, EPUB XHTML out: every example of {@code xhtml-spec.md} (beside this class
 * in the test resources) is read as the one column of a book by the real book reader and rendered by
 * the EPUB renderer, as a build would; the {@code <body>} of the column's content document, outlined by
 * {@link XmlOutline}, must be the spec's expected output, followed by the warnings, if any.
 *
 * <p>After an intended change to the reader, the model or the EPUB's markup, rewrite the expected
 * outputs and review them with {@code git diff}:
 * <pre>./mvnw -B -q -pl epub-renderer -am test -Dtest=XhtmlSpecTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 */
class XhtmlSpecTest {

    static final Path SPEC = Path.of("src/test/resources/org/columnpress/render/epub/xhtml-spec.md");
    static final String COLUMN_DOCUMENT = "OEBPS/text/column-0001.xhtml";

    @TempDir
    Path root;

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheXhtmlTheSpecShows() {
        SpecFile spec = SpecFile.load(SPEC);
        return spec.tests(example -> {
            Path dir = root.resolve("line-" + example.line());
            ExampleBook read = ExampleBook.read(dir.resolve("book"), spec, example);
            List<RenderedFile> files = new EpubRendererFactory().create(TestBooks.options(Map.of(), read.reporter))
                    .render(read.book, createDirectories(dir.resolve("out")), "book");
            byte[] xhtml = entry(files.get(0).path(), COLUMN_DOCUMENT);
            return read.withWarnings(XmlOutline.of(xhtml, "body"::equals, XmlOutline.XHTML_INLINE));
        });
    }

    private static Path createDirectories(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] entry(Path epub, String name) {
        try (ZipFile zip = new ZipFile(epub.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
