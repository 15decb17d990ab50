package org.columnpress.core.render.html;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.render.BlockAnchors;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Writes one column's blocks and inlines as HTML, and its notes, or a part's introduction's or a piece of
 * matter's blocks: the one rule for every HTML output (links only to the web and mail, notes linked both ways,
 * headings nested one level at a time, images with their alt text, index marks as empty anchors). One
 * instance per document: the EPUB cuts a very long column into several, and its notes are in the last.
 */
public final class BodyWriter {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

    private final MarkupWriter<?> x;
    private final Path file;
    private final HtmlOutput output;
    private final Reporter reporter;
    private final Set<Integer> notes;
    private final Map<Integer, Integer> refsSeen = new HashMap<>();
    private final int headingShift;
    /** The h level of each of the body's own headings, by identity (see {@link #nestedLevels}). */
    private final Map<Block, Integer> headingLevels;
    private final String notesDocument;
    private final String ownDocument;
    private final Map<Integer, String> firstRefs;
    /** The column's block anchors and the print pages, when the book PDF's page map is known; else null. */
    private BlockAnchors anchors;
    private Consumer<String> breaks;

    /**
     * For one document of a column whose notes may be in another (the EPUB cuts a long column into several).
     *
     * @param x             where the markup goes
     * @param column        the column whose text this writes
     * @param output        the output's own rules (image links, semantics)
     * @param reporter      told about links and note references the output cannot keep
     * @param notesDocument the document holding the notes, as a link from this one ("" for this one)
     * @param ownDocument   this document, as a link from the notes' document ("" for that one)
     * @param firstRefs     for each note, the document of its first reference: filled as references are
     *                      written, and shared by the documents of one column
     */
    public BodyWriter(MarkupWriter<?> x, Column column, HtmlOutput output, Reporter reporter, String notesDocument,
            String ownDocument, Map<Integer, String> firstRefs) {
        this(x, column.file(), column.body(), column.footnotes().stream().map(Footnote::number).toList(), output,
                reporter, notesDocument, ownDocument, firstRefs);
    }

    /**
     * For a column whose notes are in the same document as its text (the web edition's pages).
     *
     * @param x        where the markup goes
     * @param column   the column whose text this writes
     * @param output   the output's own rules
     * @param reporter told about links and note references the output cannot keep
     */
    public BodyWriter(MarkupWriter<?> x, Column column, HtmlOutput output, Reporter reporter) {
        this(x, column, output, reporter, "", "", new HashMap<>());
    }

    /**
     * For text without notes under a heading of its own (or none): a part's introduction, a foreword.
     *
     * @param x        where the markup goes
     * @param file     the file the text came from, for warnings
     * @param body     the whole text, whose headings are nested under the document's h1
     * @param output   the output's own rules
     * @param reporter told about links the output cannot keep
     */
    public BodyWriter(MarkupWriter<?> x, Path file, List<Block> body, HtmlOutput output, Reporter reporter) {
        this(x, file, body, List.of(), output, reporter, "", "", new HashMap<>());
    }

    private BodyWriter(MarkupWriter<?> x, Path file, List<Block> body, List<Integer> notes, HtmlOutput output,
            Reporter reporter, String notesDocument, String ownDocument, Map<Integer, String> firstRefs) {
        this.x = x;
        this.file = file;
        this.output = output;
        this.reporter = reporter;
        this.notesDocument = notesDocument;
        this.ownDocument = ownDocument;
        this.firstRefs = firstRefs;
        this.notes = Set.copyOf(notes);
        // The document's title is the h1: the body's highest heading level becomes h2, so none is skipped.
        int top = body.stream().filter(b -> b instanceof Block.Heading)
                .mapToInt(b -> ((Block.Heading) b).level()).min().orElse(1);
        this.headingShift = 2 - top;
        this.headingLevels = nestedLevels(body);
    }

    /**
     * Each heading one level below the heading it belongs under, whatever levels the writer skipped: blogs
     * write "### Part" under no "##", or "##" then "####", and reading systems (and DAISY Ace) expect the
     * levels to go down one at a time. A heading belongs under the nearest earlier heading of a higher
     * level; one under none is an h2, under the column title; h6 is the deepest.
     */
    static Map<Block, Integer> nestedLevels(List<Block> body) {
        Map<Block, Integer> levels = new java.util.IdentityHashMap<>();
        java.util.Deque<int[]> open = new java.util.ArrayDeque<>(); // {written level, h level}
        for (Block block : body) {
            if (block instanceof Block.Heading h) {
                while (!open.isEmpty() && open.peek()[0] >= h.level()) {
                    open.pop();
                }
                int level = open.isEmpty() ? 2 : Math.min(6, open.peek()[1] + 1);
                open.push(new int[] {h.level(), level});
                levels.put(h, level);
            }
        }
        return levels;
    }

    /**
     * The id of a column's note {@code number}.
     *
     * @param number the note's number, from 1
     * @return {@code fn-} and the number
     */
    public static String noteId(int number) {
        return "fn-" + number;
    }

    /**
     * The id of the first reference to a column's note {@code number}.
     *
     * @param number the note's number, from 1
     * @return {@code fnref-} and the number; later references add {@code -2}, {@code -3} ...
     */
    public static String refId(int number) {
        return "fnref-" + number;
    }

    /**
     * Marks the print edition's pages: each anchored block gets its anchor as id, with the page-break markers
     * of the pages that begin with it (or in it) before it, which {@code breaks} writes given the anchor.
     *
     * @param anchors the column's block anchors, with the print pages known
     * @param breaks  writes the page-break markers before the block with the anchor given, if any
     * @return this writer
     */
    public BodyWriter paged(BlockAnchors anchors, Consumer<String> breaks) {
        this.anchors = anchors;
        this.breaks = breaks;
        return this;
    }

    /** The block's anchor when pages are marked, else null (no id written). */
    private String anchor(Block block) {
        return anchors == null ? null : anchors.id(block).orElse(null);
    }

    /** The markers of the pages that begin at (or in) the block with this anchor. */
    private void pageBreaks(String anchor) {
        if (anchor != null) {
            breaks.accept(anchor);
        }
    }

    /**
     * Writes blocks in order, with what is inside them.
     *
     * @param blocks the blocks
     */
    public void blocks(List<Block> blocks) {
        blocks.forEach(this::block);
    }

    private void block(Block block) {
        block.accept(blockWriter);
    }

    private final Block.Visitor<Void> blockWriter = new Block.Visitor<>() {
        @Override
        public Void paragraph(Block.Paragraph p) {
            // The markers stand at the start of the paragraph, inside it, so that the style sheet's rules for
            // a paragraph after a heading or a picture still apply; before a heading they stand outside it, as
            // inside they would become part of its name.
            String anchor = anchor(p);
            x.start("p", "id", anchor);
            pageBreaks(anchor);
            inlines(p.content());
            x.end();
            return null;
        }

        @Override
        public Void heading(Block.Heading h) {
            String anchor = anchor(h);
            pageBreaks(anchor);
            x.start("h" + headingLevels.getOrDefault(h, Math.min(6, Math.max(2, h.level() + headingShift))),
                    "id", anchor);
            inlines(h.content());
            x.end();
            return null;
        }

        @Override
        public Void blockQuote(Block.BlockQuote q) {
            x.start("blockquote");
            blocks(q.blocks());
            x.end();
            return null;
        }

        @Override
        public Void listBlock(Block.ListBlock l) {
            list(l);
            return null;
        }

        @Override
        public Void table(Block.Table t) {
            new TableWriter(x, BodyWriter.this::inlines).table(t);
            return null;
        }

        @Override
        public Void image(Block.Image i) {
            BodyWriter.this.image(i);
            return null;
        }

        @Override
        public Void codeBlock(Block.CodeBlock c) {
            x.start("pre").start("code", "class", codeClass(c.language())).text(c.code()).end().end();
            return null;
        }

        @Override
        public Void thematicBreak(Block.ThematicBreak thematicBreak) {
            x.empty("hr", "class", "break");
            return null;
        }
    };

    private void list(Block.ListBlock l) {
        x.start(l.ordered() ? "ol" : "ul",
                "start", l.ordered() && l.start() != 1 ? Integer.toString(l.start()) : null);
        for (Block.ListItem item : l.items()) {
            // A tight item of one paragraph reads better without the paragraph's margins; the item takes the
            // paragraph's anchor, and its page-break markers stand inside it (a list holds only items).
            if (item.blocks().size() == 1 && item.blocks().get(0) instanceof Block.Paragraph p) {
                String anchor = anchor(p);
                x.start("li", "id", anchor);
                pageBreaks(anchor);
                inlines(p.content());
            } else {
                x.start("li");
                blocks(item.blocks());
            }
            x.end();
        }
        x.end();
    }

    private void image(Block.Image image) {
        HtmlOutput.ImageLink link = output.image(image.file());
        x.start("figure", "class", "image");
        link.img(x, image.alt());
        if (!image.title().isBlank()) {
            x.element("figcaption", image.title());
        }
        x.end();
    }

    /**
     * Writes inlines in order: the text of a heading, a paragraph or a title.
     *
     * @param inlines the inlines
     */
    public void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(inlineWriter);
        }
    }

    private final Inline.Visitor<Void> inlineWriter = new Inline.Visitor<>() {
        @Override
        public Void text(Inline.Text t) {
            x.text(t.text());
            return null;
        }

        @Override
        public Void emphasis(Inline.Emphasis e) {
            x.start("em");
            inlines(e.content());
            x.end();
            return null;
        }

        @Override
        public Void strong(Inline.Strong s) {
            x.start("strong");
            inlines(s.content());
            x.end();
            return null;
        }

        @Override
        public Void code(Inline.Code c) {
            x.element("code", c.code());
            return null;
        }

        @Override
        public Void link(Inline.Link l) {
            BodyWriter.this.link(l);
            return null;
        }

        @Override
        public Void footnoteRef(Inline.FootnoteRef r) {
            noteRef(r.number());
            return null;
        }

        @Override
        public Void lineBreak(Inline.LineBreak lineBreak) {
            x.empty("br");
            return null;
        }

        @Override
        public Void indexMark(Inline.IndexMark mark) {
            // an anchor the index links to: an empty span, which reading systems show as nothing
            x.start("span", "id", mark.id());
            x.end();
            return null;
        }
    };

    private void link(Inline.Link link) {
        String target = link.target().trim();
        int colon = target.indexOf(':');
        String scheme = colon > 0 ? target.substring(0, colon).toLowerCase(Locale.ROOT) : "";
        if (!SAFE_SCHEMES.contains(scheme)) {
            // Readers drop these already; a second guard keeps the EPUB's links valid regardless.
            reporter.warn(new Warning("links the " + output.name() + " shows as text only", file, 0, "link to '"
                    + target + "' is not http, https or mailto; the " + output.name() + " shows its text only."));
            inlines(link.content());
            return;
        }
        x.start("a", "href", target);
        inlines(link.content());
        x.end();
    }

    private void noteRef(int number) {
        String label = Integer.toString(number);
        if (!notes.contains(number)) {
            reporter.warn(new Warning("footnote references without a footnote in the " + output.name(), file, 0,
                    "footnote reference " + number + " has no footnote."));
            x.element("sup", label);
            return;
        }
        int seen = refsSeen.merge(number, 1, Integer::sum);
        String id = seen == 1 ? refId(number) : refId(number) + "-" + seen;
        firstRefs.putIfAbsent(number, ownDocument);
        x.start("sup").start("a", "id", id, "href", notesDocument + "#" + noteId(number), "role", "doc-noteref",
                "class", "noteref");
        output.mark(x, HtmlOutput.Role.NOTEREF);
        x.text(label).end().end();
    }

    /**
     * What follows a column's text, in the last of its documents: its {@link #notes}, the author's bio and the
     * copyright line.
     *
     * @param column the column written
     * @param labels the fixed words in the column's language (the notes' heading, "back to text")
     */
    public void end(Column column, Labels labels) {
        notes(column, labels);
        if (!column.bio().isEmpty()) {
            x.start("div", "class", "bio");
            blocks(column.bio());
            x.end();
        }
        column.copyright().ifPresent(c -> x.element("p", c, "class", "copyright"));
    }

    /**
     * The column's notes, each with a link back to its first reference, after the text (in the last of a
     * column's documents): a section under a heading, nothing for a column without notes.
     */
    private void notes(Column column, Labels labels) {
        if (column.footnotes().isEmpty()) {
            return;
        }
        x.start("section", "class", "notes", "aria-labelledby", "notes-title");
        x.element("h2", labels.get(Label.NOTES), "id", "notes-title");
        for (Footnote note : column.footnotes()) {
            x.start("aside", "id", noteId(note.number()), "role", "doc-footnote", "class", "footnote");
            output.mark(x, HtmlOutput.Role.FOOTNOTE);
            x.start("p", "class", "note-number");
            if (firstRefs.containsKey(note.number())) {
                x.start("a", "href", firstRefs.get(note.number()) + "#" + refId(note.number()),
                        "role", "doc-backlink",
                        "title", labels.get(Label.BACK_TO_TEXT), "aria-label",
                        labels.get(Label.BACK_TO_TEXT) + " (" + note.number() + ")");
                x.text(note.number() + ".").end();
            } else {
                x.text(note.number() + ".");
            }
            x.end();
            blocks(note.blocks());
            x.end();
        }
        x.end();
    }

    private static String codeClass(String language) {
        String safe = language.replaceAll("[^A-Za-z0-9_+-]", "");
        return safe.isEmpty() ? null : "language-" + safe;
    }
}
