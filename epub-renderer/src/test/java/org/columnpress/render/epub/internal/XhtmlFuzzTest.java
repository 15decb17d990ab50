package org.columnpress.render.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.columnpress.core.FuzzBook;
import org.columnpress.core.model.Book;
import org.columnpress.core.Reporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Coverage-guided fuzzing from column bytes to the EPUB's XHTML: whatever the readers accept becomes a
 * column document, a navigation document and an NCX that parse as well-formed XML, with no element or
 * attribute that could run script and no link to anything but the book itself, the web or mail; what
 * they refuse, they refuse with an {@link InputException} naming the column file and the line.
 *
 * <p>{@code ./mvnw verify} replays the stored inputs Jazzer finds on the class path in
 * {@code XhtmlFuzzTestInputs/<method>/} beside this class: core's reader corpus
 * ({@code ColumnReadersFuzzTestInputs} in core's test resources, and the seed column for plain text),
 * which this module's POM copies there so that it is kept once, plus the inputs only this test needs,
 * in {@code src/test/resources/.../XhtmlFuzzTestInputs/<method>/}, where a fuzzing run also puts its
 * findings. To fuzz:
 * <pre>JAZZER_FUZZ=1 ./mvnw -B -pl epub-renderer test -Djazzer.hooks=true -Dtest='XhtmlFuzzTest#markdown*'</pre>
 */
class XhtmlFuzzTest {

    private static final Set<String> SCRIPTING = Set.of("script", "iframe", "object", "embed", "style",
            "form", "base", "frame", "svg", "math");

    @TempDir
    static Path root;

    private static FuzzBook book;

    @BeforeAll
    static void writeTheBookAroundTheColumn() {
        book = FuzzBook.in(root);
    }

    @FuzzTest(maxDuration = "5m")
    void markdownBecomesWellFormedSafeXhtml(byte[] column) throws Exception {
        rendersSafely("c.md", column);
    }

    @FuzzTest(maxDuration = "5m")
    void plainTextBecomesWellFormedSafeXhtml(byte[] column) throws Exception {
        rendersSafely("c.txt", column);
    }

    /**
     * The stored inputs must reach the XHTML checks: an input that core refuses checks only the refusal.
     * Three are refused by design (an image on the web, a YAML alias bomb, a backslash run flexmark would
     * take minutes over); should core begin to refuse others, this says so instead of the fuzz test
     * passing on nothing.
     */
    @Test
    void theStoredInputsReachTheXhtmlChecksExceptTheThreeCoreRefusesByDesign() throws Exception {
        List<String> checked = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Map.Entry<String, byte[]> input : storedInputs("markdownBecomesWellFormedSafeXhtml").entrySet()) {
            (rendersSafely("c.md", input.getValue()) ? checked : refused).add(input.getKey());
        }
        assertThat(refused).containsExactly("footnotes-and-references.md", "regression-backslash-run-redos",
                "yaml-alias.md");
        assertThat(checked).hasSizeGreaterThanOrEqualTo(4);
        Map<String, byte[]> plainText = storedInputs("plainTextBecomesWellFormedSafeXhtml");
        assertThat(plainText).isNotEmpty();
        for (Map.Entry<String, byte[]> input : plainText.entrySet()) {
            assertThat(rendersSafely("c.txt", input.getValue())).as(input.getKey()).isTrue();
        }
    }

    /**
     * @return true when the column was read and its XHTML checked, false when core refused it, which it
     *         may only do with an {@link InputException} naming the column file and a line
     */
    private static boolean rendersSafely(String name, byte[] bytes) throws Exception {
        Optional<Book> book = XhtmlFuzzTest.book.read(name, bytes);
        if (book.isEmpty()) {
            return false;
        }
        Book read = book.get();
        Images images = Images.of(read);
        Plan plan = new Plan(read, images, false, new FrontMatter(read).hasSources());
        ByteArrayOutputStream column = new ByteArrayOutputStream();
        new ColumnDocument(read, read.columns().get(0), images, Reporter.silent(), plan.columnParts(0),
                java.util.Optional.empty()).write(0, column);
        ByteArrayOutputStream nav = new ByteArrayOutputStream();
        new NavDocument(read, plan, java.util.Optional.empty()).write(nav);
        for (byte[] document : List.of(column.toByteArray(), nav.toByteArray(), Ncx.bytes(read, plan))) {
            assertThat(problems(document)).isEmpty();
        }
        return true;
    }

    /** The inputs Jazzer replays for a method, by file name, read from the class path as Jazzer reads them. */
    private static Map<String, byte[]> storedInputs(String method) throws Exception {
        Path folder = Path.of(XhtmlFuzzTest.class.getResource("XhtmlFuzzTestInputs/" + method).toURI());
        Map<String, byte[]> inputs = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                inputs.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        return inputs;
    }

    /** Parses the document (it must be well-formed) and lists what would be unsafe in a reading system. */
    static List<String> problems(byte[] document) throws Exception {
        List<String> problems = new ArrayList<>();
        parser().parse(new ByteArrayInputStream(document), new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes attributes) {
                if (SCRIPTING.contains(local.toLowerCase(Locale.ROOT))) {
                    problems.add("element " + qName);
                }
                for (int i = 0; i < attributes.getLength(); i++) {
                    String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                    String value = attributes.getValue(i);
                    if (attribute.startsWith("on")) {
                        problems.add("attribute " + attribute);
                    }
                    if ((attribute.equals("href") || attribute.equals("src")) && !isSafeTarget(value)) {
                        problems.add(attribute + "=" + value);
                    }
                }
            }
        });
        return problems;
    }

    private static boolean isSafeTarget(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:")
                || !lower.matches("(?s)[a-z][a-z0-9+.-]*:.*") && !lower.startsWith("/");
    }

    private static SAXParser parser() throws Exception {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newSAXParser();
    }
}
