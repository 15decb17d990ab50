package org.columnpress.core.read;

import java.nio.file.Path;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.IndexTerm;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Matter;

/**
 * Finds the index's terms in the book and marks each occurrence in the text: one pass over the columns and
 * the front and back matter (not a dedication or epigraph), in reading order, with one {@link IndexMatcher}
 * for all the terms. Headings,
 * titles, code and web addresses are not searched (a heading is repeated in the contents and running heads,
 * where an occurrence would be counted again). The writer's own marks ({@code <!-- index: Term -->}, read as
 * a mark without an id) are numbered with the rest.
 */
final class IndexPass {

    private final List<IndexSection.TermSpec> specs;
    private final IndexMatcher matcher;
    private final Map<String, Integer> byTerm = new HashMap<>();
    private final List<List<IndexTerm.Occurrence>> occurrences = new ArrayList<>();
    private final List<String> termIds = new ArrayList<>();
    private final List<InputException> unknownMarks = new ArrayList<>();

    private IndexPass(List<IndexSection.TermSpec> specs) {
        this.specs = specs;
        List<IndexMatcher.Word> words = new ArrayList<>();
        for (int t = 0; t < specs.size(); t++) {
            byTerm.put(specs.get(t).term(), t);
            occurrences.add(new ArrayList<>());
            termIds.add("ixt-" + (t + 1));
            for (String find : specs.get(t).find()) {
                words.add(new IndexMatcher.Word(find, t));
            }
        }
        this.matcher = new IndexMatcher(words);
    }

    /**
     * The book with its index; the book as it is when it has no terms and no marks.
     *
     * @throws InputException every writer's mark that names no term, at once
     */
    static Book apply(Book book, List<IndexSection.TermSpec> specs, Reporter reporter) {
        IndexPass pass = new IndexPass(specs);
        List<Matter> front = book.front().stream().map(pass::matter).toList();
        List<Column> columns = book.columns().stream().map(pass::column).toList();
        List<Matter> back = book.back().stream().map(pass::matter).toList();
        if (!pass.unknownMarks.isEmpty()) {
            ReadErrors errors = ReadErrors.columns();
            pass.unknownMarks.forEach(errors::add);
            errors.throwIfAny();
        }
        if (specs.isEmpty()) {
            return book;
        }
        pass.warnUnused(reporter);
        return book.withIndex(columns, front, back, pass.terms(book.language()));
    }

    private Column column(Column c) {
        Text text = new Text(c.id(), c.language(), c.file());
        List<Block> body = text.blocks(c.body()); // first: occurrences are numbered in reading order
        List<Footnote> notes = c.footnotes().stream().map(n -> new Footnote(n.number(), text.blocks(n.blocks()))).toList();
        return new Column(c.id(), c.file(), c.title(), c.subtitle(), c.authors(), c.date(), c.year(), c.source(),
                c.language(), c.tags(), body, notes, text.blocks(c.bio()), c.copyright());
    }

    private Matter matter(Matter m) {
        if (m.kind().style() == Matter.Style.ALONE) {
            return m; // a dedication or an epigraph is not what an index sends a reader to
        }
        Text text = new Text(m.id(), m.language(), m.file().orElse(null));
        return new Matter(m.kind(), m.id(), m.title(), m.authors(), text.blocks(m.body()), m.photo(), m.file(),
                m.language());
    }

    /** The terms, sorted and grouped in the book's language, with their occurrences. */
    private List<IndexTerm> terms(String language) {
        IndexOrder order = new IndexOrder(language);
        List<IndexTerm> terms = new ArrayList<>();
        for (int t = 0; t < specs.size(); t++) {
            IndexSection.TermSpec spec = specs.get(t);
            terms.add(new IndexTerm(termIds.get(t), spec.term(), order.group(spec.term()), spec.seeAlso(),
                    occurrences.get(t)));
        }
        terms.sort(order.comparator());
        return terms;
    }

    private void warnUnused(Reporter reporter) {
        List<IndexSection.TermSpec> unused = new ArrayList<>();
        for (int t = 0; t < specs.size(); t++) {
            if (occurrences.get(t).isEmpty() && specs.get(t).seeAlso().isEmpty()) {
                unused.add(specs.get(t));
            }
        }
        if (!unused.isEmpty()) {
            IndexSection.TermSpec first = unused.get(0);
            reporter.warn(new Warning("index terms found nowhere", first.file(), first.line(), unused.size()
                    + (unused.size() == 1 ? " index term occurs" : " index terms occur") + " nowhere in the book, "
                    + "so the index lists no page for them: " + String.join("; ", unused.stream()
                    .map(spec -> spec.term() + " (line " + spec.line() + ")").toList()) + ". Check their find "
                    + "words, or mark an occurrence with <!-- index: Term --> before the word."));
        }
    }

    /**
     * The text of one column or piece of matter, its occurrences counted for {@code owner}: their ids are the
     * owner's id and a number that counts in that text alone ({@code ix-de-trein-3}), so that a place added to
     * one column changes no other column's ids, nor the cache keys of their PDFs. Column ids are lowercase
     * letters, digits and hyphens and matter ids {@code matter_<kind>}: no two owners share an id, and as the
     * number is digits alone, no two ids are alike.
     */
    private final class Text implements Inline.Visitor<List<Inline>> {
        private final String owner;
        private final String language;
        private final Path file;
        private int next = 1;

        Text(String owner, String language, Path file) {
            this.owner = owner;
            this.language = language;
            this.file = file;
        }

        List<Block> blocks(List<Block> blocks) {
            List<Block> out = new ArrayList<>(blocks.size());
            for (Block block : blocks) {
                out.add(block(block));
            }
            return out;
        }

        private Block block(Block block) {
            if (block instanceof Block.Paragraph p) {
                return new Block.Paragraph(inlines(p.content()));
            } else if (block instanceof Block.BlockQuote q) {
                return new Block.BlockQuote(blocks(q.blocks()));
            } else if (block instanceof Block.ListBlock list) {
                return new Block.ListBlock(list.ordered(), list.start(), list.items().stream()
                        .map(item -> new Block.ListItem(blocks(item.blocks()))).toList());
            } else if (block instanceof Block.Table table) {
                return new Block.Table(table.alignments(), rows(table.header()), rows(table.body()));
            }
            return block; // headings, images, code, rules
        }

        private List<Block.Row> rows(List<Block.Row> rows) {
            return rows.stream().map(row -> new Block.Row(row.cells().stream()
                    .map(cell -> new Block.Cell(inlines(cell.content()))).toList())).toList();
        }

        List<Inline> inlines(List<Inline> inlines) {
            List<Inline> out = new ArrayList<>(inlines.size());
            for (Inline inline : inlines) {
                out.addAll(inline.accept(this));
            }
            return out;
        }

        private IndexTerm.Occurrence occurrence(int term) {
            IndexTerm.Occurrence occurrence = new IndexTerm.Occurrence(
                    IndexTerm.Occurrence.ID_PREFIX + owner + "-" + next++, owner);
            occurrences.get(term).add(occurrence);
            return occurrence;
        }

        @Override
        public List<Inline> text(Inline.Text text) {
            String s = Normalizer.normalize(text.text(), Normalizer.Form.NFC);
            List<IndexMatcher.Match> matches = specs.isEmpty() ? List.of() : matcher.find(s, language);
            if (matches.isEmpty()) {
                return List.of(text);
            }
            List<Inline> out = new ArrayList<>();
            int at = 0;
            for (IndexMatcher.Match match : matches) {
                if (match.start() > at) {
                    out.add(new Inline.Text(s.substring(at, match.start())));
                }
                out.add(new Inline.IndexMark(termIds.get(match.term()), occurrence(match.term()).id()));
                at = match.start();
            }
            out.add(new Inline.Text(s.substring(at)));
            return out;
        }

        @Override
        public List<Inline> emphasis(Inline.Emphasis emphasis) {
            return List.of(new Inline.Emphasis(inlines(emphasis.content())));
        }

        @Override
        public List<Inline> strong(Inline.Strong strong) {
            return List.of(new Inline.Strong(inlines(strong.content())));
        }

        @Override
        public List<Inline> code(Inline.Code code) {
            return List.of(code);
        }

        @Override
        public List<Inline> link(Inline.Link link) {
            // a link that prints its own address is an address: not searched
            boolean address = Inline.plainText(link.content()).strip().equals(link.target())
                    || link.target().equals("mailto:" + Inline.plainText(link.content()).strip());
            return List.of(address ? link : new Inline.Link(link.target(), inlines(link.content())));
        }

        @Override
        public List<Inline> footnoteRef(Inline.FootnoteRef ref) {
            return List.of(ref);
        }

        @Override
        public List<Inline> lineBreak(Inline.LineBreak lineBreak) {
            return List.of(lineBreak);
        }

        @Override
        public List<Inline> indexMark(Inline.IndexMark mark) {
            if (!mark.id().isEmpty()) {
                return List.of(mark);
            }
            Integer term = byTerm.get(mark.term());
            if (term == null) {
                unknownMarks.add(new InputException(file, lineOf(file, mark.term()), "the index mark "
                        + "'<!-- index: " + mark.term() + " -->' names no term of book.yaml's index."
                        + CloseMatches.suggestion(mark.term(), byTerm.keySet()) + " Write the term as its term: "
                        + "line does, or add it to the index."));
                return List.of();
            }
            return List.of(new Inline.IndexMark(termIds.get(term), occurrence(term).id()));
        }
    }

    /** The line of the writer's mark of {@code term} in {@code file}, for the message (0 when not found). */
    private static int lineOf(Path file, String term) {
        if (file == null) {
            return 0;
        }
        String[] lines = SourceText.read(file, Reporter.silent()).split("\n", -1);
        java.util.regex.Pattern mark = java.util.regex.Pattern.compile("<!--\\s*index:\\s*"
                + java.util.regex.Pattern.quote(term) + "\\s*-->");
        for (int i = 0; i < lines.length; i++) {
            if (mark.matcher(lines[i]).find()) {
                return i + 1;
            }
        }
        return 0;
    }
}
