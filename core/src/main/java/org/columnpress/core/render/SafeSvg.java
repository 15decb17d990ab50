package org.columnpress.core.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An SVG as the outputs may carry it: without scripts, event attributes ({@code on*}), {@code foreignObject},
 * DOCTYPE and entities, processing instructions, and without any reference that leaves the file
 * ({@code href}, {@code xlink:href}, {@code url(…)}, {@code @import}, {@code xml:base}): only {@code #fragment}
 * and {@code data:image/…} references stay. A reading system, or FOP's SVG library, would otherwise run the
 * script or fetch the reference. Parsed with DTDs and external entities off: nothing is ever loaded.
 */
public final class SafeSvg {

    /**
     * @param bytes   the SVG as it may be written
     * @param removed what was taken out, for the warning; empty when the file was clean
     * @param changed whether {@code bytes} differ from the file: also when only a plain DOCTYPE went, which
     *                drawing programs write into every SVG and which is no warning's worth
     */
    public record Result(byte[] bytes, List<String> removed, boolean changed) {
        /**
         * Copies the list of what was removed.
         *
         * @param bytes   the SVG as it may be written
         * @param removed what was taken out; may be empty
         * @param changed whether the bytes differ from the file
         */
        public Result {
            removed = List.copyOf(removed);
        }
    }

    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** Elements that are nothing without their reference. */
    private static final Set<String> REFERENCE_ELEMENTS = Set.of("image", "use", "feimage", "tref", "mpath");
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "foreignobject", "handler", "listener");
    private static final Pattern FOREIGN_URL = Pattern.compile("(?i)url\\(\\s*['\"]?\\s*(?!#)|@import|expression\\(");

    private SafeSvg() {
    }

    /**
     * The SVG in {@code file}, made safe; an SVG that is not well-formed XML is an input error naming it.
     *
     * @param file the SVG file
     * @return the safe SVG and what was taken out
     * @throws org.columnpress.core.InputException if the file is not well-formed XML
     */
    public static Result clean(Path file) {
        Set<String> removed = new TreeSet<>();
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilder builder = factory().newDocumentBuilder();
            builder.setEntityResolver((publicId, systemId) -> {
                removed.add("the external entity '" + systemId + "' (not fetched)");
                return new InputSource(new StringReader(""));
            });
            builder.setErrorHandler(null);
            doc = builder.parse(in, file.toUri().toString());
        } catch (SAXException e) {
            throw new InputException(file, 0, "the SVG is not well-formed XML (" + e.getMessage()
                    + "). Save it again from your drawing program.", e);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports these features", e);
        }
        boolean doctype = doc.getDoctype() != null;
        if (doctype && (doc.getDoctype().getEntities().getLength() > 0 || doc.getDoctype().getInternalSubset() != null)) {
            removed.add("the DOCTYPE with its entity declarations");
        }
        clean(doc, removed);
        return new Result(write(doc), new ArrayList<>(removed), doctype || !removed.isEmpty());
    }

    private static void clean(Node node, Set<String> removed) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> {
                    Element element = (Element) child;
                    String name = localName(element).toLowerCase(Locale.ROOT);
                    if (DROPPED_ELEMENTS.contains(name) || animatesReference(element)) {
                        removed.add("a " + localName(element) + " element");
                        node.removeChild(child);
                    } else if (name.equals("style") && FOREIGN_URL.matcher(element.getTextContent()).find()) {
                        removed.add("a style element that loads from outside the file");
                        node.removeChild(child);
                    } else {
                        cleanAttributes(element, removed);
                        if (REFERENCE_ELEMENTS.contains(name) && !element.hasAttribute("href")
                                && !element.hasAttributeNS(XLINK, "href")) {
                            // SVG 1.1 requires the reference: Batik refuses a whole document with an empty one.
                            removed.add("the " + localName(element) + " element left without its reference");
                            node.removeChild(child);
                        } else {
                            clean(element, removed);
                        }
                    }
                }
                case Node.ENTITY_REFERENCE_NODE -> {
                    removed.add("the entity reference &" + child.getNodeName() + ";");
                    node.removeChild(child);
                }
                case Node.PROCESSING_INSTRUCTION_NODE -> {
                    removed.add("the processing instruction <?" + child.getNodeName() + "?>");
                    node.removeChild(child);
                }
                case Node.DOCUMENT_TYPE_NODE -> node.removeChild(child);
                default -> {
                }
            }
            child = next;
        }
    }

    private static void cleanAttributes(Element element, Set<String> removed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = attributes.getLength() - 1; i >= 0; i--) {
            Attr attr = (Attr) attributes.item(i);
            String name = localName(attr).toLowerCase(Locale.ROOT);
            String value = attr.getValue().strip();
            if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attr.getNamespaceURI())) {
                continue;
            }
            if (name.startsWith("on")) {
                removed.add("the event attribute " + attr.getName());
            } else if (name.equals("href") || name.equals("src") || name.equals("base")) {
                if (value.startsWith("#") || value.regionMatches(true, 0, "data:image/", 0, 11)) {
                    continue;
                }
                removed.add("the reference " + attr.getName() + "=\"" + shorten(value) + "\"");
            } else if (FOREIGN_URL.matcher(value).find()) {
                removed.add("the attribute " + attr.getName() + "=\"" + shorten(value) + "\" (loads from outside the file)");
            } else {
                continue;
            }
            element.removeAttributeNode(attr);
        }
    }

    /** {@code <set attributeName="href" to="javascript:…">} changes a link after the fact. */
    private static boolean animatesReference(Element element) {
        String name = localName(element).toLowerCase(Locale.ROOT);
        if (!Set.of("set", "animate").contains(name)) {
            return false;
        }
        String target = element.getAttribute("attributeName").toLowerCase(Locale.ROOT);
        return target.endsWith("href") || target.startsWith("on");
    }

    private static String localName(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 57) + "..." : value;
    }

    private static DocumentBuilderFactory factory() throws ParserConfigurationException {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        factory.setXIncludeAware(false);
        factory.setExpandEntityReferences(false);
        return factory;
    }

    private static byte[] write(Document doc) {
        try {
            TransformerFactory factory = TransformerFactory.newDefaultInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toByteArray();
        } catch (TransformerException e) {
            throw new ColumnpressException("Cannot write an SVG: " + e.getMessage(), e);
        }
    }
}
