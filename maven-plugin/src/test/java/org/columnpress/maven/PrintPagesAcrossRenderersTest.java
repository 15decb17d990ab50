package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.Renderers;
import org.columnpress.render.epub.EpubChecker;
import org.columnpress.render.pdf.IndexPagesTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue 15 across the two renderers, as the publisher runs them (formats pdf and epub in one build): the
 * EPUB's page list and its index cite the pages of the PDF made beside it, read back from the PDF with PDFBox.
 */
class PrintPagesAcrossRenderersTest {

    @TempDir
    static Path dir;
    static Book book;
    static Path pdf;
    static Path epub;
    static String[] labels;
    static List<String> pageTexts = new ArrayList<>();
    static Map<String, byte[]> entries = new HashMap<>();

    @BeforeAll
    static void publish() throws Exception {
        Path folder = dir.resolve("book");
        IndexPagesTest.indexedBook(folder);
        PublishRequest request = new PublishRequest(folder, dir.resolve("out"), "book", List.of("pdf", "epub"),
                Map.of(), folder, Instant.parse("2026-11-26T00:00:00Z"), BookDefaults.none());
        PublishResult result = new Publisher(Renderers.discover(PrintPagesAcrossRenderersTest.class.getClassLoader()),
                new RecordingReporter()).publish(request);
        book = result.book();
        pdf = dir.resolve("out/book.pdf");
        epub = dir.resolve("out/book.epub");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            labels = doc.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pageTexts.add(stripper.getText(doc).replaceAll("\\s+", " "));
            }
        }
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : Collections.list(zip.entries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
    }

    @Test
    void theEpubPassesEpubcheck() {
        assertThat(EpubChecker.problems(epub)).isEmpty();
    }

    @Test
    void eachPageListEntryLandsOnAMarkerBeforeTheParagraphThatStartsOnThatPdfPage() throws Exception {
        NodeList links = nodes("OEBPS/text/nav.xhtml",
                "//*[local-name()='nav'][@*[local-name()='type']='page-list']//*[local-name()='a']");
        assertThat(links.getLength()).as("pages marked").isGreaterThan(5);
        int exact = 0;
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            String label = link.getTextContent();
            String href = link.getAttribute("href");
            String document = "OEBPS/text/" + href.substring(0, href.indexOf('#'));
            String marker = "//*[@id='" + href.substring(href.indexOf('#') + 1) + "']";
            assertThat(nodes(document, marker + "[@role='doc-pagebreak'][@aria-label='" + label + "']").getLength())
                    .as(href).isEqualTo(1);
            // the paragraph (or list item) the marker starts, or the heading after it
            String starts = "parent::*[local-name()='p' or local-name()='li'][@id]";
            NodeList block = nodes(document, marker + "/" + starts + " | " + marker + "[not(" + starts + ")]"
                    + "/following-sibling::*[not(@role='doc-pagebreak')][1]");
            String words = firstWords(block.item(0).getTextContent());
            int page = pageOf(label);
            if (pageTexts.get(page).contains(words)) {
                exact++;
            } else { // a page that begins inside the block: the block began on an earlier page
                assertThat(pageTexts.subList(0, page)).as(href + " '" + words + "'").anyMatch(t -> t.contains(words));
            }
        }
        assertThat(exact).as("pages whose first paragraph starts on them").isGreaterThan(links.getLength() / 2);
    }

    @Test
    void theEpubsIndexCitesForEachTermExactlyThePdfPagesWithItsWord() throws Exception {
        int sources = -1;
        for (int page = 0; page < pageTexts.size() && sources < 0; page++) {
            if (pageTexts.get(page).contains("Verantwoording")) {
                sources = page;
            }
        }
        for (IndexTerm term : book.index()) {
            Pattern word = Pattern.compile(switch (term.term()) {
                case "Rutte, Mark" -> "\\bRutte\\b";
                case "spoorwegen" -> "\\btrein(en)?\\b";
                default -> "\\b" + term.term() + "\\b";
            });
            Set<Integer> withWord = new TreeSet<>();
            for (int page = 0; page < sources; page++) {
                if (word.matcher(pageTexts.get(page)).find()) {
                    withWord.add(page);
                }
            }
            NodeList locators = nodes("OEBPS/text/index.xhtml", "//*[@id='" + term.id() + "']"
                    + "//*[@*[local-name()='type']='index-locator']");
            Set<Integer> cited = new LinkedHashSet<>();
            for (int i = 0; i < locators.getLength(); i++) {
                cited.add(pageOf(locators.item(i).getTextContent()));
            }
            assertThat(cited).as(term.term()).hasSize(locators.getLength()).containsExactlyElementsOf(withWord);
        }
    }

    private static int pageOf(String label) {
        for (int i = 0; i < labels.length; i++) {
            if (labels[i].equals(label)) {
                return i;
            }
        }
        throw new AssertionError("no PDF page labelled " + label);
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
    }

    private static NodeList nodes(String entry, String xpath) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(entry)));
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }
}
