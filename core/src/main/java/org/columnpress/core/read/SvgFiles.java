package org.columnpress.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Reads an SVG as XML without resolving or fetching anything: no external DTD, no external entity,
 * no XInclude, the JDK's secure-processing limits on entity expansion, and a SAX pass that keeps
 * nothing in memory. An internal DTD subset (drawing programs write one) is read, its entities
 * expanded within those limits; a reference to an external entity is skipped and reported.
 */
final class SvgFiles {

    static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    /** What reading the SVG found that the book leaves out: each external entity it refers to. */
    record Reading(List<SkippedEntity> skipped) {
    }

    /** A reference to an external entity, never read: its name, its system identifier, its line. */
    record SkippedEntity(String name, String systemId, int line) {
    }

    /** The SVG is not well-formed XML, or its root is not an SVG element: what and where. */
    static final class Broken extends Exception {
        final int line;
        final int column;

        Broken(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }
    }

    private SvgFiles() {
    }

    /**
     * A SAX parser that never resolves or fetches anything. The JDK's own parser, whatever else is on
     * the class path, so that these settings are the ones that apply.
     */
    static SAXParser parser() {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setValidating(false);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return parser;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's SAX parser lacks a security setting: " + e, e);
        }
    }

    /**
     * Reads the whole SVG once.
     *
     * @throws Broken when it is not well-formed XML or its root is not {@code <svg>} in the SVG namespace
     */
    static Reading read(Path file) throws IOException, Broken {
        Handler handler = new Handler();
        try (InputStream in = Files.newInputStream(file)) {
            InputSource source = new InputSource(in);
            source.setSystemId(file.toUri().toString());
            SAXParser parser = parser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            parser.parse(source, handler);
        } catch (SAXParseException e) {
            throw new Broken(e.getMessage(), e.getLineNumber(), e.getColumnNumber(), e);
        } catch (SAXException e) {
            throw new Broken(e.getMessage(), 0, 0, e);
        }
        return new Reading(List.copyOf(handler.skipped));
    }

    private static final class Handler extends DefaultHandler2 {
        final List<SkippedEntity> skipped = new ArrayList<>();
        final Map<String, String> externalEntities = new HashMap<>();
        final Set<String> reported = new HashSet<>();
        Locator locator;
        boolean rootSeen;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) {
            externalEntities.put(name, systemId);
            if (name.startsWith("%")) {
                // The parser skips a parameter entity's use inside the DTD without telling: report it here.
                skippedEntity(name);
            }
        }

        @Override
        public void skippedEntity(String name) {
            if (reported.add(name)) {
                skipped.add(new SkippedEntity(name, externalEntities.getOrDefault(name, "undeclared"),
                        locator == null ? 0 : locator.getLineNumber()));
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if (!rootSeen) {
                rootSeen = true;
                if (!SVG_NAMESPACE.equals(uri) || !"svg".equals(localName)) {
                    throw new SAXParseException("its root element is <" + qName + ">"
                            + (uri.isEmpty() ? " in no namespace" : " in the namespace " + uri)
                            + ", not <svg xmlns=\"" + SVG_NAMESPACE + "\">", locator);
                }
            }
        }

        /** Belt and braces: should the parser still ask for an external entity or DTD, it gets nothing. */
        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            return new InputSource(new StringReader(""));
        }
    }
}
