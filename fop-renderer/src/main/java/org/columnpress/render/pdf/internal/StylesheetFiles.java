package org.columnpress.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.ColumnpressException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A stylesheet and every file it imports or includes, transitively, each once, depth first in document
 * order. The files are found by {@link StylesheetResolver}, as the XSLT processor finds them: ours from the
 * jar by their stable URIs, a user's own from the folder of their stylesheet; nothing else is read.
 */
final class StylesheetFiles {

    static final String XSL = "http://www.w3.org/1999/XSL/Transform";

    private StylesheetFiles() {
    }

    /**
     * One file of a stylesheet.
     *
     * @param uri   its absolute URI: {@code https://columnpress.org/xsl/fo/pages.xsl} or a {@code file:} URI
     * @param bytes its content
     * @param root  its document element, {@code xsl:stylesheet} or {@code xsl:transform}
     */
    record Sheet(String uri, byte[] bytes, Element root) {

        /** Whether it is one of the user's own files rather than ours, served from the jar by URI. */
        boolean own() {
            return uri.startsWith("file:");
        }

        /** The user's own file, for messages. */
        Path path() {
            return Path.of(URI.create(uri));
        }

        /** The last part of the URI, such as {@code pages.xsl}. */
        String fileName() {
            return uri.substring(uri.lastIndexOf('/') + 1);
        }

        /** The top-level {@code xsl:<localName>} elements (a template's own params are not among them). */
        List<Element> topLevel(String localName) {
            List<Element> found = new ArrayList<>();
            for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element element && XSL.equals(element.getNamespaceURI())
                        && localName.equals(element.getLocalName())) {
                    found.add(element);
                }
            }
            return found;
        }
    }

    /** Our default stylesheet, {@code columnpress.xsl}, and the files it includes. */
    static List<Sheet> ours() {
        return of(Optional.empty());
    }

    /**
     * Every file of ours, for the reference: the book's stylesheet and the files it includes, then the cover's
     * own ({@code cover.xsl}, which imports the book's).
     */
    static List<Sheet> reference() {
        List<Sheet> sheets = new ArrayList<>(ours());
        try {
            Sheet cover = walkOne(StylesheetResolver.jarStylesheet(StylesheetResolver.COVER));
            sheets.add(cover);
        } catch (TransformerException e) {
            throw new ColumnpressException("Cannot read the cover stylesheet: " + e.getMessage(), e);
        }
        return List.copyOf(sheets);
    }

    private static Sheet walkOne(Source source) {
        String uri = normal(source.getSystemId());
        byte[] bytes = read(source);
        return new Sheet(uri, bytes, parse(bytes, uri));
    }

    /** The effective stylesheet: the user's, or ours when there is none. */
    static List<Sheet> of(Optional<Path> userStylesheet) {
        return of(userStylesheet, StylesheetResolver.DEFAULT);
    }

    /** As {@link #of(Optional)}, with {@code defaultUri} (the cover's, say) when the user gives none. */
    static List<Sheet> of(Optional<Path> userStylesheet, String defaultUri) {
        StylesheetResolver resolver = new StylesheetResolver(userStylesheet.map(Path::getParent));
        List<Sheet> sheets = new ArrayList<>();
        try {
            Source root = userStylesheet.isPresent()
                    ? new StreamSource(userStylesheet.get().toAbsolutePath().normalize().toFile())
                    : StylesheetResolver.jarStylesheet(defaultUri);
            walk(root, resolver, new HashSet<>(), sheets);
        } catch (TransformerException e) {
            throw new ColumnpressException("Cannot read the stylesheet: " + e.getMessage(), e);
        }
        return List.copyOf(sheets);
    }

    /** The names of the top-level {@code xsl:param}s of all the files. */
    static Set<String> paramNames(List<Sheet> sheets) {
        Set<String> names = new java.util.TreeSet<>();
        for (Sheet sheet : sheets) {
            sheet.topLevel("param").forEach(param -> names.add(param.getAttribute("name")));
        }
        return names;
    }

    /** The names of the top-level {@code xsl:attribute-set}s of all the files. */
    static Set<String> attributeSetNames(List<Sheet> sheets) {
        Set<String> names = new java.util.TreeSet<>();
        for (Sheet sheet : sheets) {
            sheet.topLevel("attribute-set").forEach(set -> names.add(set.getAttribute("name")));
        }
        return names;
    }

    private static void walk(Source source, StylesheetResolver resolver, Set<String> seen, List<Sheet> sheets)
            throws TransformerException {
        String uri = normal(source.getSystemId());
        if (!seen.add(uri)) {
            return;
        }
        byte[] bytes = read(source);
        Sheet sheet = new Sheet(uri, bytes, parse(bytes, uri));
        sheets.add(sheet);
        if (!XSL.equals(sheet.root().getNamespaceURI())) {
            return; // a simplified stylesheet (a literal result element) imports nothing and declares nothing
        }
        for (Node child = sheet.root().getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element link && XSL.equals(link.getNamespaceURI())
                    && ("import".equals(link.getLocalName()) || "include".equals(link.getLocalName()))) {
                walk(resolver.resolve(link.getAttribute("href"), uri), resolver, seen, sheets);
            }
        }
    }

    /** One spelling per file: {@code file:/a} and {@code file:///a} name the same one. */
    private static String normal(String systemId) {
        URI uri = URI.create(systemId);
        return "file".equals(uri.getScheme()) ? Path.of(uri).normalize().toUri().toString() : uri.toString();
    }

    private static byte[] read(Source source) {
        try {
            if (source instanceof StreamSource stream && stream.getInputStream() != null) {
                try (InputStream in = stream.getInputStream()) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(URI.create(source.getSystemId())));
        } catch (IOException | IllegalArgumentException e) {
            throw new ColumnpressException("Cannot read the stylesheet " + source.getSystemId() + ": "
                    + e.getMessage(), e);
        }
    }

    private static Element parse(byte[] bytes, String uri) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes), uri).getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new ColumnpressException("Cannot read the stylesheet " + uri + ": " + e.getMessage(), e);
        }
    }
}
