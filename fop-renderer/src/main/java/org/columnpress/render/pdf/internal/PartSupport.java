package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.columnpress.core.ColumnpressException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Whether a stylesheet can make the book part by part ({@link BookParts}). Ours can; a user's stylesheet
 * can unless it (or a file of its own that it imports) replaces the root template without looking at
 * the {@code part} parameter, in which case the book is transformed in one piece as before.
 */
final class PartSupport {

    private static final String XSL = "http://www.w3.org/1999/XSL/Transform";
    /** A match on the document or the book element: "/", "/b:book", "b:book", "book". */
    private static final Pattern ROOT = Pattern.compile("/|/?([\\w.-]+:)?book");

    private PartSupport() {
    }

    static boolean honoured(Optional<Path> userStylesheet) {
        if (userStylesheet.isEmpty()) {
            return true;
        }
        Set<Path> seen = new HashSet<>();
        return !replacesRoot(userStylesheet.get().toAbsolutePath().normalize(), seen)
                || seen.stream().anyMatch(PartSupport::mentionsPart);
    }

    private static boolean replacesRoot(Path file, Set<Path> seen) {
        if (!seen.add(file) || !Files.isRegularFile(file)) {
            return false;
        }
        Element stylesheet = parse(file);
        NodeList templates = stylesheet.getElementsByTagNameNS(XSL, "template");
        boolean replaces = false;
        for (int i = 0; i < templates.getLength(); i++) {
            Element template = (Element) templates.item(i);
            if (template.getAttribute("mode").isEmpty() && matchesRoot(template.getAttribute("match"))) {
                replaces = true;
            }
        }
        for (String kind : new String[] {"import", "include"}) {
            NodeList links = stylesheet.getElementsByTagNameNS(XSL, kind);
            for (int i = 0; i < links.getLength(); i++) {
                String href = ((Element) links.item(i)).getAttribute("href");
                if (!href.contains(":")) { // ours are served by URI; the user's own files are relative
                    replaces |= replacesRoot(file.resolveSibling(href).normalize(), seen);
                }
            }
        }
        return replaces;
    }

    private static boolean matchesRoot(String match) {
        for (String alternative : match.split("\\|")) {
            if (ROOT.matcher(alternative.replaceAll("\\s", "")).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPart(Path file) {
        try {
            return Files.isRegularFile(file) && new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).contains("$part");
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Element parse(Path file) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            // Stylesheets.compile has already reported a stylesheet that does not parse, with its line.
            throw new ColumnpressException("Cannot read the stylesheet " + file + ": " + e.getMessage(), e);
        }
    }
}
