package org.columnpress.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.columnpress.core.golden.ExampleBook;
import org.columnpress.core.golden.SpecFile;
import org.columnpress.core.golden.XmlOutline;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown and plain text in, book XML out: every example of {@code book-xml-spec.md} (beside this
 * class in the test resources) is read as the one column of a book by the real book reader and written
 * by {@link BookXmlWriter}; its {@code <column>} element, outlined by {@link XmlOutline}, must be the
 * spec's expected output, followed by the warnings, if any.
 *
 * <p>After an intended change to the reader, the writer or the model, rewrite the expected outputs and
 * review them with {@code git diff}:
 * <pre>./mvnw -B -q -pl fop-renderer -am test -Dtest=BookXmlSpecTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true</pre>
 */
class BookXmlSpecTest {

    static final Path SPEC = Path.of("src/test/resources/org/columnpress/render/pdf/internal/book-xml-spec.md");

    @TempDir
    Path root;

    @TestFactory
    Stream<DynamicTest> everyExampleGivesTheBookXmlTheSpecShows() {
        SpecFile spec = SpecFile.load(SPEC);
        return spec.tests(example -> {
            ExampleBook read = ExampleBook.read(root.resolve("line-" + example.line()), spec, example);
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new BookXmlWriter(read.reporter).write(read.book, read.book.columns(), "book", xml);
            return read.withWarnings(XmlOutline.of(xml.toByteArray(), "column"::equals, XmlOutline.BOOK_XML_INLINE));
        });
    }
}
