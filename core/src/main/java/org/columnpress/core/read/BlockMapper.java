package org.columnpress.core.read;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;

/** Maps flexmark's block nodes to the model, and numbers the footnotes in the order of reference. */
final class BlockMapper {

    /** A converted document: its blocks and the footnotes they refer to. */
    record Result(List<Block> blocks, List<Footnote> footnotes) {
    }

    private final MarkdownContext ctx;
    private final InlineMapper inlines;
    private final TableMapper tables;

    BlockMapper(MarkdownContext ctx) {
        this.ctx = ctx;
        this.inlines = new InlineMapper(ctx);
        this.tables = new TableMapper(inlines);
    }

    Result document() {
        collectDefinitions(ctx.document);
        List<Block> body = children(ctx.document);
        List<Footnote> footnotes = new ArrayList<>();
        // Converting a note may number further notes (a note that refers to another): keep going.
        for (int i = 0; i < ctx.numbered().size(); i++) {
            footnotes.add(new Footnote(i + 1, children(ctx.definition(ctx.numbered().get(i)))));
        }
        for (String label : ctx.definedLabels()) {
            if (!ctx.numbered().contains(label)) {
                ctx.warn(ctx.definition(label), "footnotes never referred to",
                        "the footnote [^" + label + "] is never referred to: dropped. Refer to it with [^" + label + "] in the text, or remove it.");
            }
        }
        return new Result(body, footnotes);
    }

    private void collectDefinitions(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof FootnoteBlock block) {
                ctx.define(block.getText().toString(), block);
            } else {
                collectDefinitions(child);
            }
        }
    }

    List<Block> children(Node parent) {
        List<Block> out = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            map(child, out);
        }
        return out;
    }

    private void map(Node node, List<Block> out) {
        if (node instanceof Paragraph) {
            paragraph(node, out);
        } else if (node instanceof Heading heading) {
            List<Inline> content = trim(inlines.children(node));
            if (!content.isEmpty()) {
                out.add(new Block.Heading(heading.getLevel(), content));
            }
            out.addAll(ctx.takeLifted());
        } else if (node instanceof BlockQuote) {
            out.add(new Block.BlockQuote(children(node)));
        } else if (node instanceof BulletList) {
            out.add(new Block.ListBlock(false, 1, items(node)));
        } else if (node instanceof OrderedList list) {
            out.add(new Block.ListBlock(true, list.getStartNumber(), items(node)));
        } else if (node instanceof FencedCodeBlock fenced) {
            String info = fenced.getInfo().unescape().strip();
            String language = info.isEmpty() ? "" : info.split("\\s+")[0];
            out.add(new Block.CodeBlock(language, stripFinalNewline(fenced.getContentChars().toString())));
        } else if (node instanceof IndentedCodeBlock code) {
            out.add(new Block.CodeBlock("", stripFinalNewline(code.getContentChars().toString())));
        } else if (node instanceof ThematicBreak) {
            out.add(new Block.ThematicBreak());
        } else if (node instanceof TableBlock) {
            out.add(tables.table(node));
            out.addAll(ctx.takeLifted());
        } else if (node instanceof HtmlBlock) {
            List<HtmlImages.Image> images = HtmlImages.in(node.getChars());
            images.forEach(image -> inlines.htmlImage(node, image));
            out.addAll(ctx.takeLifted());
            if (images.isEmpty() || !HtmlImages.onlyImages(node.getChars())) {
                ctx.warn(node, "HTML blocks dropped", "an HTML block is dropped" + (images.isEmpty() ? ""
                        : " (its images kept)") + ": a book takes Markdown only. Write it in Markdown.");
            }
        } else if (node instanceof HtmlCommentBlock || node instanceof Reference
                || node instanceof FootnoteBlock) {
            return; // comments are invisible; references and notes are used where referred to
        } else {
            out.addAll(children(node));
        }
    }

    private void paragraph(Node node, List<Block> out) {
        List<Inline> content = trim(inlines.children(node));
        List<Block> images = ctx.takeLifted();
        boolean onlyImages = !images.isEmpty() && content.stream().allMatch(BlockMapper::isBlank);
        if (!content.isEmpty() && !onlyImages) {
            out.add(new Block.Paragraph(content));
        }
        out.addAll(images);
    }

    private List<Block.ListItem> items(Node list) {
        List<Block.ListItem> items = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            items.add(new Block.ListItem(children(item)));
        }
        return items;
    }

    private static boolean isBlank(Inline inline) {
        return inline instanceof Inline.Text t && t.text().isBlank() || inline instanceof Inline.LineBreak;
    }

    /** Drops white space at either end of a paragraph: it means nothing in print. */
    static List<Inline> trim(List<Inline> content) {
        List<Inline> out = new ArrayList<>(content);
        while (!out.isEmpty() && isBlank(out.get(0))) {
            out.remove(0);
        }
        while (!out.isEmpty() && isBlank(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text first) {
            out.set(0, new Inline.Text(first.text().stripLeading()));
        }
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text end) {
            out.set(last, new Inline.Text(end.text().stripTrailing()));
        }
        return out;
    }

    private static String stripFinalNewline(String code) {
        return code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
    }
}
