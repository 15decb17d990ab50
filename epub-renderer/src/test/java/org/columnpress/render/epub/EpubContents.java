package org.columnpress.render.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** An EPUB opened for assertions: its entries in zip order, and XPath over its XML documents. */
final class EpubContents {

    final Map<String, byte[]> entries = new LinkedHashMap<>();
    final List<ZipEntry> zipEntries = new ArrayList<>();

    EpubContents(Path epub) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                zipEntries.add(entry);
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new AssertionError("no entry " + name + " in " + entries.keySet());
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** Parses an entry as XML (namespace-aware, no DTD loading): fails the test if it is not well-formed. */
    Document xml(String name) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(entries.get(name)));
        } catch (Exception e) {
            throw new AssertionError(name + " is not well-formed XML: " + e.getMessage(), e);
        }
    }

    /** The text of every node an XPath (with local-name() tests, namespaces ignored) selects. */
    List<String> select(String name, String xpath) {
        try {
            NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath()
                    .evaluate(xpath, xml(name), XPathConstants.NODESET);
            List<String> out = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                out.add(nodes.item(i).getTextContent());
            }
            return out;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The visible text of a content document, whitespace collapsed. */
    String bodyText(String name) {
        return String.join(" ", select(name, "//*[local-name()='body']")).replaceAll("\\s+", " ").strip();
    }
}
