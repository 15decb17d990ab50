package org.columnpress.core.read;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Labels;

/**
 * Turns the markup of site generators in a blog post into Markdown, before flexmark reads it: Hugo
 * shortcodes, Liquid tags (Jekyll) and text that only looks like an HTML tag ({@code <your-server>}).
 *
 * <p>Why a pass over the text rather than a flexmark extension: a wrapper shortcode's inner Markdown
 * (lists, several paragraphs) and a Liquid {@code highlight} become blocks, so the block parser has to
 * see them as Markdown; an extension would have to re-parse pieces of paragraphs. Code is left alone:
 * a first flexmark parse finds the code spans and blocks, and only the text outside them is rewritten.
 * Lines may be added (a fence, a break before a quote): {@link MarkupOut} keeps the column file's line
 * for every line, so messages still name the line as written.
 *
 * <p>Linear in the text, whatever it holds: each search for a closing {@code >}}}, {@code %}},
 * {@code endraw} … is remembered and never repeated over the same text, a tag spans at most
 * {@value #MAX_TAG} characters and no blank line, pairs are matched with a stack, and wrappers nested
 * deeper than {@value MarkupOut#MAX_QUOTE_DEPTH} add no further quote level.
 */
final class SiteMarkup {

    static final int MAX_TAG = 2_000;

    /** The result: Markdown, and for each of its lines (0-based) the column file's line (0-based). */
    record Result(String text, int[] lineMap) {
        /** The 1-based line of the file for the 0-based line of {@link #text()}. */
        int line(int index) {
            return (index < lineMap.length ? lineMap[index] : lineMap[lineMap.length - 1]) + 1;
        }
    }

    sealed interface Edit permits Replace, QuoteOpen, QuoteClose, Fence, Raw {
        int start();

        int end();
    }

    record Replace(int start, int end, String text) implements Edit {
    }

    record QuoteOpen(int start, int end, String title) implements Edit {
    }

    record QuoteClose(int start, int end) implements Edit {
    }

    record Fence(int start, int end, String language, int bodyStart, int bodyEnd) implements Edit {
    }

    record Raw(int start, int end, int bodyStart, int bodyEnd) implements Edit {
    }

    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t]*(\n|$)");

    private final String text;
    private final int[] codeStart;
    private final int[] codeEnd;
    private final List<Edit> edits = new ArrayList<>();
    private final Shortcodes shortcodes;
    private final MarkupTally tally;
    private final Searches searches;
    private int lineScan;
    private int lineAtScan;

    private SiteMarkup(String text, List<int[]> code, Labels labels, MarkupTally tally) {
        this.text = text;
        this.codeStart = code.stream().mapToInt(r -> r[0]).toArray();
        this.codeEnd = code.stream().mapToInt(r -> r[1]).toArray();
        this.tally = tally;
        this.shortcodes = new Shortcodes(labels, tally);
        this.searches = new Searches(text);
    }

    /** Whether the text holds anything this pass changes; most columns do not, and skip it. */
    static boolean mayHold(String markdown) {
        if (markdown.contains("{{") || markdown.contains("{%")) {
            return true;
        }
        for (int i = markdown.indexOf('<'); i >= 0; i = markdown.indexOf('<', i + 1)) {
            if (isPseudoTag(markdown, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param markdown the column's Markdown, front matter blanked
     * @param labels   the fixed words of the column's language, for the links that stand for embeds
     */
    static Result rewrite(Path file, String markdown, Parser parser, Labels labels, Reporter reporter) {
        List<int[]> code = new ArrayList<>();
        for (Node node : parser.parse(markdown).getDescendants()) {
            if (node instanceof Code || node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock) {
                code.add(new int[] {node.getStartOffset(), node.getEndOffset()});
            }
        }
        MarkupTally tally = new MarkupTally();
        SiteMarkup pass = new SiteMarkup(markdown, code, labels, tally);
        pass.scan();
        pass.shortcodes.decide(pass.edits);
        Result result = pass.apply();
        tally.report(file, reporter);
        return result;
    }

    private void scan() {
        int n = text.length();
        int r = 0;
        int i = 0;
        while (i < n) {
            while (r < codeStart.length && codeEnd[r] <= i) {
                r++;
            }
            if (r < codeStart.length && codeStart[r] <= i) {
                i = codeEnd[r];
                continue;
            }
            int nextCode = r < codeStart.length ? codeStart[r] : n;
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == '{' && i + 1 < n && (text.charAt(i + 1) == '{' || text.charAt(i + 1) == '%')) {
                int next = tag(i, nextCode);
                if (next > i) {
                    i = next;
                    continue;
                }
            } else if (c == '<' && isPseudoTag(text, i) && !opensLinkDestination(text, i)) {
                edits.add(new Replace(i, i, "\\")); // an escaped < is text to CommonMark
            }
            i++;
        }
    }

    /** Reads the tag at {@code i}; returns where scanning goes on, or {@code i} when it is no tag. */
    private int tag(int i, int nextCode) {
        boolean hugo = text.startsWith("{{<", i) || text.startsWith("{{%", i);
        if (hugo) {
            char kind = text.charAt(i + 2);
            int close = closing(kind == '<' ? ">}}" : "%}}", i + 3, nextCode);
            if (close < 0) {
                return i;
            }
            int end = close + 3;
            String inner = text.substring(i + 3, close);
            if (inner.length() >= 4 && inner.startsWith("/*") && inner.endsWith("*/")) {
                // Hugo's way of writing a shortcode as text: {{</* name */>}} prints {{< name >}}
                String shown = inner.substring(2, inner.length() - 2);
                edits.add(new Replace(i, end, kind == '<' ? "{{\\<" + shown + ">}}" : "{{%" + shown + "%}}"));
                return end;
            }
            Shortcode shortcode = Shortcode.parse(inner);
            if (shortcode.name().isEmpty() || !shortcode.name().matches("[a-z0-9_][a-z0-9_./-]*")) {
                return i;
            }
            if (shortcode.name().equals("highlight") && !shortcode.closing()) {
                Matcher endTag = searches.find(Searches.HUGO_END_HIGHLIGHT, end);
                if (endTag != null) {
                    edits.add(new Fence(i, endTag.end(), shortcode.arg("lang", 0).orElse(""), end,
                            endTag.start()));
                    return endTag.end();
                }
            }
            shortcodes.add(edits, shortcode, i, end, lineAt(i), text.substring(i, end));
            return end;
        }
        if (text.charAt(i + 1) == '{') {
            int close = closing("}}", i + 2, nextCode);
            if (close < 0) {
                return i;
            }
            String expression = text.substring(i + 2, close).replaceAll("^-|-$", "").strip();
            tally.count("liquid output", "columns with Liquid output tags removed",
                    "the Liquid output tag {{ " + abbreviate(expression) + " }}",
                    "is removed: a book has no site variables. Write in the text it stands for.", lineAt(i));
            edits.add(new Replace(i, close + 2, ""));
            return close + 2;
        }
        int close = closing("%}", i + 2, nextCode);
        if (close < 0) {
            return i;
        }
        int end = close + 2;
        String inner = text.substring(i + 2, close).replaceAll("^-|-$", "").strip();
        String name = inner.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        Pattern endPattern = switch (name) {
            case "raw" -> Searches.END_RAW;
            case "comment" -> Searches.END_COMMENT;
            case "highlight" -> Searches.END_HIGHLIGHT;
            default -> null;
        };
        Matcher endTag = endPattern == null ? null : searches.find(endPattern, end);
        if (endTag != null) {
            String[] words = inner.split("\\s+");
            edits.add(switch (name) {
                case "raw" -> new Raw(i, endTag.end(), end, endTag.start());
                case "comment" -> new Replace(i, endTag.end(), "");
                default -> new Fence(i, endTag.end(), words.length > 1 ? words[1] : "", end, endTag.start());
            });
            return endTag.end();
        }
        String[] words = inner.split("\\s+");
        if (SITE_LINKS.contains(name) && words.length == 2) {
            edits.add(new Replace(i, end, sitePath(words[1])));
            return end;
        }
        String kind = name.startsWith("end") && name.length() > 3 ? name.substring(3) : name;
        tally.count("liquid " + kind, "kinds of Liquid tag removed from a column",
                "the Liquid tag {% " + abbreviate(kind) + " %}",
                "is removed, the text between its tags kept: a book has no site templates.", lineAt(i));
        edits.add(new Replace(i, end, ""));
        return end;
    }

    /**
     * Jekyll's {@code post_url} and {@code link}, Hugo's {@code ref} and {@code relref}: the address of
     * another page of the site. Written as a path on the site ({@code /posts/other}), it becomes what any
     * link to the author's own site becomes (its text printed, one grouped warning), not an empty link.
     */
    static final Set<String> SITE_LINKS = Set.of("post_url", "link", "ref", "relref");

    static String sitePath(String target) {
        String path = target.strip().replaceAll("^[\"']|[\"']$", "");
        return Shortcodes.escapeDestination(path.startsWith("/") ? path : "/" + path);
    }

    /** Where {@code closer} starts after {@code from}, or -1 when the tag would be too long, cross a
     *  blank line or run into code. */
    private int closing(String closer, int from, int nextCode) {
        int close = searches.next(closer, from);
        if (close < 0 || close - from > MAX_TAG || close + closer.length() > nextCode
                || searches.nextBlankLine(from) < close) {
            return -1;
        }
        return close;
    }

    /** Whether a tag at {@code i} names no HTML element ({@code <your-server>}, {@code </tbd>}). */
    /**
     * Whether the {@code <} at {@code i} opens a CommonMark link destination in angle brackets, as in
     * {@code [text](<url>)} or a definition {@code [ref]: <url>}: that is no tag, and escaping it would break
     * the link.
     */
    private static boolean opensLinkDestination(CharSequence s, int i) {
        int j = i - 1;
        while (j >= 0 && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
            j--;
        }
        if (j >= 1 && s.charAt(j) == '(' && s.charAt(j - 1) == ']') {
            return true;
        }
        return j >= 1 && s.charAt(j) == ':' && s.charAt(j - 1) == ']';
    }

    static boolean isPseudoTag(CharSequence s, int i) {
        int nameStart = i + 1 < s.length() && s.charAt(i + 1) == '/' ? i + 2 : i + 1;
        String name = HtmlElements.tagName(s, i);
        if (name.isEmpty() || HtmlElements.isElement(name)) {
            return false;
        }
        int after = nameStart + name.length();
        if (after >= s.length()) {
            return false;
        }
        char c = s.charAt(after);
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n';
    }

    /** The 0-based line of offset {@code pos}; positions asked for only grow, so this stays linear. */
    private int lineAt(int pos) {
        for (; lineScan < pos; lineScan++) {
            if (text.charAt(lineScan) == '\n') {
                lineAtScan++;
            }
        }
        return lineAtScan + 1;
    }

    private Result apply() {
        MarkupOut out = new MarkupOut(text.length());
        int pos = 0;
        for (Edit edit : edits) {
            copy(out, pos, edit.start());
            if (edit instanceof Replace r) {
                out.add(r.text());
                skip(out, r.start(), r.end());
            } else if (edit instanceof QuoteOpen q) {
                out.breakLine();
                out.openQuote();
                if (!q.title().isEmpty()) {
                    out.add("**" + Shortcodes.escape(q.title()) + "**\n\n");
                }
                skip(out, q.start(), q.end());
            } else if (edit instanceof QuoteClose q) {
                out.breakLine();
                out.closeQuote();
                skip(out, q.start(), q.end());
                if (!restOfLineBlank(q.end())) {
                    out.add("\n");
                }
            } else if (edit instanceof Fence f) {
                fence(out, f);
            } else if (edit instanceof Raw raw) {
                skip(out, raw.start(), raw.bodyStart());
                copy(out, raw.bodyStart(), raw.bodyEnd());
                skip(out, raw.bodyEnd(), raw.end());
            } else {
                throw new IllegalStateException("unknown edit " + edit);
            }
            pos = edit.end();
        }
        copy(out, pos, text.length());
        return new Result(out.text(), out.lineMap());
    }

    private void fence(MarkupOut out, Fence f) {
        int longest = 0;
        int run = 0;
        for (int i = f.bodyStart(); i < f.bodyEnd(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        out.breakLine();
        out.add(fence + f.language().replaceAll("[^A-Za-z0-9_+#.-]", "") + "\n");
        skip(out, f.start(), f.bodyStart());
        int bodyStart = f.bodyStart();
        if (bodyStart < f.bodyEnd() && text.charAt(bodyStart) == '\n') {
            out.skipLineEnd();
            bodyStart++;
        }
        copy(out, bodyStart, f.bodyEnd());
        if (out.lineHasText()) {
            out.add("\n");
        }
        out.add(fence);
        skip(out, f.bodyEnd(), f.end());
        if (!restOfLineBlank(f.end())) {
            out.add("\n");
        }
    }

    private boolean restOfLineBlank(int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) != ' ' && text.charAt(i) != '\t') {
                return false;
            }
        }
        return true;
    }

    private void copy(MarkupOut out, int from, int to) {
        for (int i = from; i < to; i++) {
            out.source(text.charAt(i));
        }
    }

    private void skip(MarkupOut out, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                out.skipLineEnd();
            }
        }
    }

    static String abbreviate(String s) {
        String oneLine = s.replaceAll("\\s+", " ");
        return oneLine.length() > 40 ? oneLine.substring(0, 37) + "..." : oneLine;
    }

    /** Searches that never cover the same text twice: each remembers what it found last. */
    private static final class Searches {
        static final Pattern END_RAW = liquidEnd("endraw");
        static final Pattern END_COMMENT = liquidEnd("endcomment");
        static final Pattern END_HIGHLIGHT = liquidEnd("endhighlight");
        static final Pattern HUGO_END_HIGHLIGHT = Pattern.compile("\\{\\{[<%]\\s*/\\s*highlight\\s*[>%]}}");

        private final String text;
        private final java.util.Map<Object, Integer> found = new java.util.HashMap<>();
        private final java.util.Map<Pattern, Matcher> matchers = new java.util.HashMap<>();

        Searches(String text) {
            this.text = text;
        }

        private static Pattern liquidEnd(String name) {
            return Pattern.compile("\\{%-?\\s*" + name + "\\s*-?%}");
        }

        /** The first {@code s} at or after {@code from}, or -1. */
        int next(String s, int from) {
            int last = found.getOrDefault(s, -2);
            if (last == -1 || last >= from) {
                return last;
            }
            int at = text.indexOf(s, from);
            found.put(s, at);
            return at;
        }

        int nextBlankLine(int from) {
            int last = found.getOrDefault(BLANK_LINE, -2);
            if (last == -1) {
                return Integer.MAX_VALUE;
            }
            if (last < from) {
                Matcher m = BLANK_LINE.matcher(text);
                last = m.find(from) ? m.start() : -1;
                found.put(BLANK_LINE, last);
            }
            return last < 0 ? Integer.MAX_VALUE : last;
        }

        /** The next match at or after {@code from}, or null; once none is found, none is looked for. */
        Matcher find(Pattern pattern, int from) {
            Matcher m = matchers.computeIfAbsent(pattern, p -> p.matcher(text));
            int last = found.getOrDefault(pattern, -2);
            if (last == -1) {
                return null;
            }
            if (last >= from) {
                return m;
            }
            if (!m.find(from)) {
                found.put(pattern, -1);
                return null;
            }
            found.put(pattern, m.start());
            return m;
        }
    }
}
