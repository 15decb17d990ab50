package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.columnpress.core.model.Block;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.render.BodyCutter;
import org.columnpress.core.model.Inline;

/** Writes blocks and inlines of the model as book XML elements; see {@code schema/book.xsd}. */
final class BlockXmlWriter {

    private static final String NS = BookXmlWriter.NS;

    private final XMLStreamWriter xml;
    private final XmlText text;
    private final UnaryOperator<Path> imageFiles;
    private final BlockAnchors anchors;

    /** @param imageFiles the file FOP is to read for each image of the book */
    BlockXmlWriter(XMLStreamWriter xml, XmlText text, UnaryOperator<Path> imageFiles) {
        this(xml, text, imageFiles, null);
    }

    /** @param anchors the ids of a column's blocks ({@code anchor} attributes), or null for none */
    BlockXmlWriter(XMLStreamWriter xml, XmlText text, UnaryOperator<Path> imageFiles, BlockAnchors anchors) {
        this.xml = xml;
        this.text = text;
        this.imageFiles = imageFiles;
        this.anchors = anchors;
    }

    /** The block's anchor attribute, when it has one. */
    private void anchor(Block block) throws XMLStreamException {
        if (anchors != null) {
            java.util.Optional<String> id = anchors.id(block);
            if (id.isPresent()) {
                xml.writeAttribute("anchor", id.get());
            }
        }
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
                longParagraph(block, parts, cutter);
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
    private void longParagraph(Block paragraph, List<List<Inline>> parts, BodyCutter cutter)
            throws XMLStreamException {
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
                anchor(paragraph);
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

    private void block(Block block) throws XMLStreamException {
        block.accept(blockWriter).write();
    }

    /** One step of writing, so that a visitor (whose methods throw nothing checked) can choose it. */
    private interface Write {
        void write() throws XMLStreamException;
    }

    private final Block.Visitor<Write> blockWriter = new Block.Visitor<>() {
        @Override
        public Write paragraph(Block.Paragraph p) {
            return () -> BlockXmlWriter.this.paragraph(p);
        }

        @Override
        public Write heading(Block.Heading h) {
            return () -> {
                xml.writeStartElement(NS, "h");
                xml.writeAttribute("level", Integer.toString(h.level()));
                anchor(h);
                inlines(h.content());
                xml.writeEndElement();
            };
        }

        @Override
        public Write blockQuote(Block.BlockQuote q) {
            return () -> container("quote", q.blocks());
        }

        @Override
        public Write listBlock(Block.ListBlock l) {
            return () -> list(l);
        }

        @Override
        public Write table(Block.Table t) {
            return () -> BlockXmlWriter.this.table(t);
        }

        @Override
        public Write image(Block.Image i) {
            return () -> {
                xml.writeEmptyElement(NS, "image");
                xml.writeAttribute("src", imageFiles.apply(i.file()).toUri().toString());
                xml.writeAttribute("alt", i.alt());
                if (!i.title().isEmpty()) {
                    xml.writeAttribute("title", XmlText.printed(i.title())); // printed as the caption
                }
            };
        }

        @Override
        public Write codeBlock(Block.CodeBlock c) {
            return () -> {
                xml.writeStartElement(NS, "code");
                if (!c.language().isEmpty()) {
                    xml.writeAttribute("lang", c.language());
                }
                text.characters(c.code());
                xml.writeEndElement();
            };
        }

        @Override
        public Write thematicBreak(Block.ThematicBreak thematicBreak) {
            return () -> xml.writeEmptyElement(NS, "hr");
        }
    };

    /** A very long paragraph is written as consecutive parts: see {@link ParagraphSplitter}. */
    private void paragraph(Block.Paragraph paragraph) throws XMLStreamException {
        List<List<Inline>> parts = ParagraphSplitter.split(paragraph.content());
        xml.writeStartElement(NS, "p");
        anchor(paragraph);
        if (parts.size() == 1) {
            inlines(parts.get(0));
            xml.writeEndElement();
            return;
        }
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
            inline.accept(inlineWriter).write();
        }
    }

    private final Inline.Visitor<Write> inlineWriter = new Inline.Visitor<>() {
        @Override
        public Write text(Inline.Text t) {
            return () -> text.characters(t.text());
        }

        @Override
        public Write emphasis(Inline.Emphasis e) {
            return () -> inlineElement("em", e.content());
        }

        @Override
        public Write strong(Inline.Strong s) {
            return () -> inlineElement("strong", s.content());
        }

        @Override
        public Write code(Inline.Code c) {
            return () -> text.element("tt", c.code());
        }

        @Override
        public Write link(Inline.Link l) {
            return () -> {
                xml.writeStartElement(NS, "link");
                xml.writeAttribute("href", l.target());
                inlines(l.content());
                xml.writeEndElement();
            };
        }

        @Override
        public Write footnoteRef(Inline.FootnoteRef f) {
            return () -> {
                xml.writeEmptyElement(NS, "fnref");
                xml.writeAttribute("n", Integer.toString(f.number()));
            };
        }

        @Override
        public Write lineBreak(Inline.LineBreak lineBreak) {
            return () -> xml.writeEmptyElement(NS, "br");
        }

        @Override
        public Write indexMark(Inline.IndexMark mark) {
            return () -> {
                xml.writeEmptyElement(NS, "ix");
                xml.writeAttribute("term", mark.term());
                xml.writeAttribute("id", mark.id());
            };
        }
    };
}
