package org.columnpress.render.pdf.internal;

import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.model.Block;
import org.columnpress.core.render.BodyCutter;
import org.columnpress.core.model.Inline;

/** Writes blocks and inlines of the model as book XML elements; see {@code schema/book.xsd}. */
final class BlockXmlWriter {

    private static final String NS = BookXmlWriter.NS;

    private final XMLStreamWriter xml;
    private final XmlText text;

    BlockXmlWriter(XMLStreamWriter xml, XmlText text) {
        this.xml = xml;
        this.text = text;
    }

    void container(String name, List<Block> content) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        blocks(content);
        xml.writeEndElement();
    }

    /**
     * A column's body: one {@code body} element, or several when it is very long ({@link BodyCutter}),
     * each to be set as its own page sequence.
     */
    void bodies(List<Block> body) throws XMLStreamException {
        if (!BodyCutter.isLong(body)) {
            container("body", body);
            return;
        }
        BodyCutter cutter = new BodyCutter();
        xml.writeStartElement(NS, "body");
        for (Block block : body) {
            List<List<Inline>> parts = block instanceof Block.Paragraph p ? ParagraphSplitter.split(p.content())
                    : List.of();
            if (parts.size() > 1) {
                longParagraph(parts, cutter);
            } else {
                if (cutter.cutBefore(BodyCutter.size(block), block instanceof Block.Heading)) {
                    newBody();
                }
                block(block);
            }
        }
        xml.writeEndElement();
    }

    /** A long paragraph in a long body: a new body may begin between two of its parts. */
    private void longParagraph(List<List<Inline>> parts, BodyCutter cutter) throws XMLStreamException {
        for (int i = 0; i < parts.size(); i++) {
            boolean cut = cutter.cutBefore(Inline.plainText(parts.get(i)).length(), false);
            if (cut && i > 0) {
                xml.writeEndElement();
                newBody();
                xml.writeStartElement(NS, "p");
                xml.writeAttribute("continued", "true");
            } else if (cut) {
                newBody();
            }
            if (i == 0) {
                xml.writeStartElement(NS, "p");
            }
            inlineElement("part", parts.get(i));
        }
        xml.writeEndElement();
    }

    private void newBody() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeStartElement(NS, "body");
    }

    void blocks(List<Block> blocks) throws XMLStreamException {
        for (Block block : blocks) {
            block(block);
        }
    }

    // Java 17: no pattern matching in switch, so an instanceof chain over the sealed type.
    private void block(Block block) throws XMLStreamException {
        if (block instanceof Block.Paragraph p) {
            paragraph(p.content());
        } else if (block instanceof Block.Heading h) {
            xml.writeStartElement(NS, "h");
            xml.writeAttribute("level", Integer.toString(h.level()));
            inlines(h.content());
            xml.writeEndElement();
        } else if (block instanceof Block.BlockQuote q) {
            container("quote", q.blocks());
        } else if (block instanceof Block.ListBlock l) {
            list(l);
        } else if (block instanceof Block.Table t) {
            table(t);
        } else if (block instanceof Block.Image i) {
            xml.writeEmptyElement(NS, "image");
            xml.writeAttribute("src", i.file().toUri().toString());
            xml.writeAttribute("alt", i.alt());
            if (!i.title().isEmpty()) {
                xml.writeAttribute("title", i.title());
            }
        } else if (block instanceof Block.CodeBlock c) {
            xml.writeStartElement(NS, "code");
            if (!c.language().isEmpty()) {
                xml.writeAttribute("lang", c.language());
            }
            text.characters(c.code());
            xml.writeEndElement();
        } else if (block instanceof Block.ThematicBreak) {
            xml.writeEmptyElement(NS, "hr");
        }
    }

    /** A very long paragraph is written as consecutive parts: see {@link ParagraphSplitter}. */
    private void paragraph(List<Inline> content) throws XMLStreamException {
        List<List<Inline>> parts = ParagraphSplitter.split(content);
        if (parts.size() == 1) {
            inlineElement("p", parts.get(0));
            return;
        }
        xml.writeStartElement(NS, "p");
        for (List<Inline> part : parts) {
            inlineElement("part", part);
        }
        xml.writeEndElement();
    }

    private void list(Block.ListBlock list) throws XMLStreamException {
        xml.writeStartElement(NS, "list");
        xml.writeAttribute("ordered", Boolean.toString(list.ordered()));
        xml.writeAttribute("start", Integer.toString(list.start()));
        for (Block.ListItem item : list.items()) {
            container("item", item.blocks());
        }
        xml.writeEndElement();
    }

    private void table(Block.Table table) throws XMLStreamException {
        xml.writeStartElement(NS, "table");
        xml.writeAttribute("columns", Integer.toString(table.alignments().size()));
        for (Block.Alignment alignment : table.alignments()) {
            xml.writeEmptyElement(NS, "col");
            xml.writeAttribute("align", alignment.name().toLowerCase(Locale.ROOT));
        }
        rows("thead", table.header());
        rows("tbody", table.body());
        xml.writeEndElement();
    }

    private void rows(String name, List<Block.Row> rows) throws XMLStreamException {
        if (rows.isEmpty()) {
            return;
        }
        xml.writeStartElement(NS, name);
        for (Block.Row row : rows) {
            xml.writeStartElement(NS, "row");
            for (Block.Cell cell : row.cells()) {
                inlineElement("cell", cell.content());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private void inlineElement(String name, List<Inline> content) throws XMLStreamException {
        xml.writeStartElement(NS, name);
        inlines(content);
        xml.writeEndElement();
    }

    private void inlines(List<Inline> inlines) throws XMLStreamException {
        for (Inline inline : inlines) {
            if (inline instanceof Inline.Text t) {
                text.characters(t.text());
            } else if (inline instanceof Inline.Emphasis e) {
                inlineElement("em", e.content());
            } else if (inline instanceof Inline.Strong s) {
                inlineElement("strong", s.content());
            } else if (inline instanceof Inline.Code c) {
                text.element("tt", c.code());
            } else if (inline instanceof Inline.Link l) {
                xml.writeStartElement(NS, "link");
                xml.writeAttribute("href", l.target());
                inlines(l.content());
                xml.writeEndElement();
            } else if (inline instanceof Inline.FootnoteRef f) {
                xml.writeEmptyElement(NS, "fnref");
                xml.writeAttribute("n", Integer.toString(f.number()));
            } else if (inline instanceof Inline.LineBreak) {
                xml.writeEmptyElement(NS, "br");
            }
        }
    }
}
