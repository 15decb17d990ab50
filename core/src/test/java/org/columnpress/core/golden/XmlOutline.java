package org.columnpress.core.golden;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML printed for people to compare: block elements one per line and indented, inline content exactly
 * as written (the writers add no whitespace of their own, so none is lost or invented). Attributes keep
 * the writer's order; characters one cannot see (no-break and thin spaces, soft hyphens, tabs) are
 * written as character references, so that a golden file shows them.
 */
public final class XmlOutline {

    /** Elements of book XML that sit inside running text. */
    public static final Set<String> BOOK_XML_INLINE = Set.of("em", "strong", "tt", "link", "fnref", "br");
    /** Elements of XHTML that sit inside running text. */
    public static final Set<String> XHTML_INLINE = Set.of("em", "strong", "code", "a", "sup", "sub", "span", "br");

    private final Set<String> inline;
    private final StringBuilder out = new StringBuilder();

    private XmlOutline(Set<String> inline) {
        this.inline = inline;
    }

    /**
     * The elements of {@code document} that {@code select} accepts (by local name, outermost first;
     * their descendants are not searched again), each printed as an outline, one after another.
     */
    public static String of(byte[] document, Predicate<String> select, Set<String> inline) {
        Node root = parse(document);
        List<Node> chosen = new ArrayList<>();
        root.find(select, chosen);
        XmlOutline outline = new XmlOutline(inline);
        for (Node node : chosen) {
            outline.block(node, "");
        }
        return outline.out.toString().stripTrailing();
    }

    private void block(Node node, String indent) {
        out.append(indent);
        if (node.children.isEmpty() || isInline(node)) {
            inline(node);
            out.append('\n');
            return;
        }
        out.append(node.startTag()).append('\n');
        for (Object child : node.children) {
            block((Node) child, indent + "  ");
        }
        out.append(indent).append("</").append(node.name).append(">\n");
    }

    /** Running text: it holds text, or an element of running text. */
    private boolean isInline(Node node) {
        return node.children.stream().anyMatch(c -> c instanceof String || inline.contains(((Node) c).local));
    }

    private void inline(Node node) {
        if (node.children.isEmpty()) {
            out.append(node.startTag(), 0, node.startTag().length() - 1).append("/>");
            return;
        }
        out.append(node.startTag());
        for (Object child : node.children) {
            if (child instanceof String text) {
                out.append(escape(text, false));
            } else {
                inline((Node) child);
            }
        }
        out.append("</").append(node.name).append('>');
    }

    static String escape(String text, boolean attribute) {
        StringBuilder s = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append(attribute ? "&quot;" : "\"");
                default -> {
                    boolean unseen = c != ' ' && (c != '\n' || attribute) && (Character.isWhitespace(c)
                            || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.CONTROL);
                    if (unseen) {
                        s.append("&#x").append(Integer.toHexString(c).toUpperCase()).append(';');
                    } else {
                        s.appendCodePoint(c);
                    }
                }
            }
        });
        return s.toString();
    }

    private static Node parse(byte[] document) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(document));
            Node root = new Node("", "", List.of());
            List<Node> open = new ArrayList<>(List.of(root));
            while (xml.hasNext()) {
                switch (xml.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        List<String> attributes = new ArrayList<>();
                        for (int i = 0; i < xml.getNamespaceCount(); i++) {
                            String prefix = xml.getNamespacePrefix(i);
                            attributes.add(prefix == null || prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix);
                            attributes.add(xml.getNamespaceURI(i));
                        }
                        for (int i = 0; i < xml.getAttributeCount(); i++) {
                            attributes.add(qualified(xml.getAttributePrefix(i), xml.getAttributeLocalName(i)));
                            attributes.add(xml.getAttributeValue(i));
                        }
                        Node node = new Node(qualified(xml.getPrefix(), xml.getLocalName()), xml.getLocalName(),
                                attributes);
                        open.get(open.size() - 1).children.add(node);
                        open.add(node);
                    }
                    case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (open.size() > 1) {
                            open.get(open.size() - 1).children.add(xml.getText());
                        }
                    }
                    default -> {
                        // comments, processing instructions and the doctype are not part of the outline
                    }
                }
            }
            return root;
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static String qualified(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }

    private static final class Node {
        final String name;
        final String local;
        final List<String> attributes;
        final List<Object> children = new ArrayList<>();

        Node(String name, String local, List<String> attributes) {
            this.name = name;
            this.local = local;
            this.attributes = attributes;
        }

        String startTag() {
            StringBuilder tag = new StringBuilder("<").append(name);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                tag.append(' ').append(attributes.get(i)).append("=\"").append(escape(attributes.get(i + 1), true))
                        .append('"');
            }
            return tag.append('>').toString();
        }

        void find(Predicate<String> select, List<Node> found) {
            for (Object child : children) {
                if (child instanceof Node node) {
                    if (select.test(node.local)) {
                        found.add(node);
                    } else {
                        node.find(select, found);
                    }
                }
            }
        }
    }
}
