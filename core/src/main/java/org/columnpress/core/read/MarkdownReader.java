package org.columnpress.core.read;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Labels;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Reads a Markdown column: CommonMark with GFM tables and footnotes, after optional YAML front matter
 * (or TOML between {@code +++} lines, as Hugo writes it). The front matter block is found here and parsed
 * by a real YAML or TOML parser (flexmark's extension only matches lines); it is blanked rather than cut
 * so that flexmark's line numbers stay the file's. The parser is built once and shared: flexmark parsers
 * are thread-safe.
 */
final class MarkdownReader {

    private final Parser parser;

    MarkdownReader() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create()));
        // GFM table rules: no column spans, rows padded or cut to the header's width.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        this.parser = Parser.builder(options).build();
    }

    /**
     * The column, or empty when its front matter marks it a draft (which is then said, as info).
     *
     * @param bookLabels the book's fixed words; a column in another language uses its own language's
     * @param strict     whether only our own front-matter keys are allowed (book.yaml's {@code strict})
     */
    Optional<ColumnSource> read(Path file, String text, ImageFiles images, Labels bookLabels, Reporter reporter,
            boolean strict) {
        String[] lines = text.split("\n", -1);
        int close = frontMatterEnd(file, lines);
        String block = close < 0 ? "" : String.join("\n", List.of(lines).subList(1, close));
        YamlMap map = close < 0 ? YamlMap.parse(file, "", 1)
                : isToml(lines) ? TomlFrontMatter.parse(file, block, 2) : YamlMap.parse(file, block, 2);
        FrontMatter front = FrontMatter.read(map, strict, reporter);
        Optional<String> draft = front.draft();
        if (draft.isPresent()) {
            reporter.info(file + ": left out of the book, as its front matter says " + draft.get()
                    + " (a draft on the site). Remove that line to print it.");
            return Optional.empty();
        }
        YamlMap meta = front.yaml();
        String markdown = close < 0 ? text : "\n".repeat(close + 1)
                + String.join("\n", List.of(lines).subList(close + 1, lines.length));

        InlineLimits.check(file, lines, 1);
        Optional<String> language = front.language();
        Document document;
        int[] lineMap = null;
        if (SiteMarkup.mayHold(markdown)) {
            Labels labels = language.filter(l -> !sameLanguage(l, bookLabels.language()))
                    .map(Labels::standard).orElse(bookLabels);
            SiteMarkup.Result site = SiteMarkup.rewrite(file, markdown, parser, labels, reporter);
            InlineLimits.check(file, site.text().split("\n", -1), i -> site.line(i));
            document = parser.parse(site.text());
            lineMap = site.lineMap();
        } else {
            document = parser.parse(markdown);
        }
        MarkdownContext ctx = new MarkdownContext(file, document, images, reporter, 0, lineMap);
        Optional<String> title = meta.nonBlank("title");
        List<Block> lifted = new ArrayList<>();
        Heading first = firstTopHeading(document);
        if (first != null && title.isEmpty()) {
            String headingText = Inline.plainText(new InlineMapper(ctx).children(first)).strip();
            if (!headingText.isEmpty()) {
                title = Optional.of(headingText);
                lifted.addAll(ctx.takeLifted());
                first.unlink();
            }
        } else if (first != null && title.get().equals(
                new TextCollectingVisitor().collectAndGetText(first).strip())) {
            first.unlink(); // the same title twice, in front matter and as a heading: print it once
        }
        if (title.isEmpty()) {
            throw new InputException(file, 1, "the column has no title. Start it with a '# Title' line, "
                    + "or give it front matter: a line ---, a line title: Your title, and a line ---.");
        }
        BlockMapper.Result result = new BlockMapper(ctx).document();
        List<Block> body = new ArrayList<>(lifted);
        body.addAll(result.blocks());
        return Optional.of(new ColumnSource(file, title.get(), front.subtitle(), front.authors(), front.date(),
                meta.nonBlank("source"), language, front.tags(), body, result.footnotes(),
                bio(file, meta, images, reporter), meta.nonBlank("copyright")));
    }

    /** A file's front matter and its Markdown, the front matter's lines blanked so that lines count as in the file. */
    record Split(YamlMap frontMatter, String markdown) {
    }

    /** Splits a Markdown file that is not a column (front or back matter) into its front matter and text. */
    static Split split(Path file, String text) {
        String[] lines = text.split("\n", -1);
        int close = frontMatterEnd(file, lines);
        if (close < 0) {
            return new Split(YamlMap.parse(file, "", 1), text);
        }
        String block = String.join("\n", List.of(lines).subList(1, close));
        YamlMap map = isToml(lines) ? TomlFrontMatter.parse(file, block, 2) : YamlMap.parse(file, block, 2);
        return new Split(map, "\n".repeat(close + 1) + String.join("\n", List.of(lines).subList(close + 1, lines.length)));
    }

    private static boolean sameLanguage(String a, String b) {
        return java.util.Locale.forLanguageTag(a).getLanguage().equals(java.util.Locale.forLanguageTag(b).getLanguage());
    }

    /**
     * The index of the line that closes the front matter, or -1 when the file has none: YAML between
     * {@code ---} lines (or closed by {@code ...}), or TOML between {@code +++} lines, as Hugo writes it.
     */
    private static int frontMatterEnd(Path file, String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---") && !isToml(lines)) {
            return -1;
        }
        String opener = lines[0].strip();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.equals(opener) || opener.equals("---") && line.equals("...")) {
                return i;
            }
        }
        throw new InputException(file, 1, "the front matter opened by " + opener + " on line 1 is never closed. "
                + "Add a line " + opener + " after its last key.");
    }

    private static boolean isToml(String[] lines) {
        return lines.length > 0 && lines[0].strip().equals("+++");
    }

    /** The first level-1 heading of the document (not inside a quote or list): the column's title. */
    private static Heading firstTopHeading(Document document) {
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                return heading;
            }
        }
        return null;
    }

    /**
     * A short Markdown text that is not a column (no title, no front matter), such as the back-cover
     * blurb: its blocks, footnotes left out with a warning.
     */
    List<Block> blocks(Path file, String text, ImageFiles images, Reporter reporter) {
        return blocks(file, text, images, reporter, "a back cover");
    }

    /**
     * As {@link #blocks(Path, String, ImageFiles, Reporter)}, for {@code what} ("a part's introduction"), which
     * the warning about footnotes names. Lines count from the file's first: front matter blanked, not cut.
     */
    List<Block> blocks(Path file, String text, ImageFiles images, Reporter reporter, String what) {
        InlineLimits.check(file, text.split("\n", -1), 1);
        Document document = parser.parse(text);
        BlockMapper.Result result = new BlockMapper(new MarkdownContext(file, document, images, reporter, 0)).document();
        if (!result.footnotes().isEmpty()) {
            reporter.warn(new Warning("footnotes left out of texts that have no notes", file, 0,
                    what + " has no notes: its footnotes are left out. Write them into the text."));
        }
        return result.blocks();
    }

    private List<Block> bio(Path file, YamlMap meta, ImageFiles images, Reporter reporter) {
        Optional<String> bio = meta.string("bio");
        if (bio.isEmpty() || bio.get().isBlank()) {
            return List.of();
        }
        InlineLimits.check(file, bio.get().split("\n", -1), meta.lineOf("bio"));
        Document document = parser.parse(bio.get());
        MarkdownContext ctx = new MarkdownContext(file, document, images, reporter, meta.lineOf("bio") - 1);
        BlockMapper.Result result = new BlockMapper(ctx).document();
        if (!result.footnotes().isEmpty()) {
            reporter.warn(new Warning("bios with footnotes printed as numbers only", file, meta.lineOf("bio"),
                    "footnotes in the bio are printed as their numbers only. Write the note into the bio's text."));
        }
        return result.blocks();
    }
}
