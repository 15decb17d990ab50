package org.columnpress.render.pdf.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Function;
import org.columnpress.core.model.Inline;

/**
 * Cuts a very long paragraph into parts that are set one after another as if they were one paragraph.
 * FOP breaks a paragraph into lines as one problem whose time and memory grow with the square of its
 * length (measured: 20,000 characters 1.5 s, 160,000 characters 79 s and 2 GB), so a pasted transcript
 * of a megabyte would never finish. Parts end at a sentence end (or a hard line break) once they are
 * {@link #LIMIT}/2 long; without one, at a space once they are {@link #LIMIT} long; without a space
 * (one enormous "word") anywhere at all. Emphasis, strong and links that span a cut are closed before
 * it and reopened after it, so the markup of every character stays as the writer made it.
 */
final class ParagraphSplitter implements Inline.Visitor<Void> {

    /** Paragraphs longer than this many characters are cut; no normal paragraph comes near it. */
    static final int LIMIT = 10_000;
    private static final int TARGET = LIMIT / 2;
    /** Past this a "word" is cut anywhere: it overflows the line by far anyway. */
    private static final int HARD = LIMIT + 1_000;

    private final List<List<Inline>> parts = new ArrayList<>();
    private final Deque<Frame> open = new ArrayDeque<>();
    private int length;
    private boolean afterSentenceEnd;
    private boolean spaceAfterSentenceEnd;
    private boolean spaceBefore;

    private ParagraphSplitter() {
        open.push(new Frame(null));
    }

    /** Whether a paragraph of these inlines is cut into parts. */
    static boolean isLong(List<Inline> content) {
        return Inline.plainText(content).length() > LIMIT;
    }

    /** The parts of a paragraph: the content itself, as the only part, when it is not long. */
    static List<List<Inline>> split(List<Inline> content) {
        if (!isLong(content)) {
            return List.of(content);
        }
        ParagraphSplitter splitter = new ParagraphSplitter();
        splitter.inlines(content);
        splitter.cut();
        splitter.parts.removeIf(List::isEmpty);
        return splitter.parts;
    }

    private void inlines(List<Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
    }

    @Override
    public Void text(Inline.Text t) {
        text(t.text());
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis e) {
        return wrapped(Inline.Emphasis::new, e.content());
    }

    @Override
    public Void strong(Inline.Strong s) {
        return wrapped(Inline.Strong::new, s.content());
    }

    @Override
    public Void link(Inline.Link l) {
        return wrapped(content -> new Inline.Link(l.target(), content), l.content());
    }

    @Override
    public Void code(Inline.Code c) {
        length += c.code().length();
        afterSentenceEnd = false;
        spaceAfterSentenceEnd = false;
        spaceBefore = false;
        return keep(c);
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        if (length >= TARGET) {
            cut(); // the line ends here anyway: the best joint there is, and the break goes
            return null;
        }
        spaceBefore = true;
        spaceAfterSentenceEnd |= afterSentenceEnd;
        return keep(lineBreak);
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        return keep(ref); // keeps the sentence-end state: a note after a full stop is still after it
    }

    @Override
    public Void indexMark(Inline.IndexMark mark) {
        return keep(mark); // no text: the sentence-end state stays
    }

    /** Keeps an inline that is never cut itself in the part being built. */
    private Void keep(Inline inline) {
        open.peek().children.add(inline);
        return null;
    }

    private Void wrapped(Function<List<Inline>, Inline> wrapper, List<Inline> content) {
        Frame frame = new Frame(wrapper);
        open.push(frame);
        inlines(content);
        open.pop();
        if (!frame.children.isEmpty() || !frame.continued) {
            open.peek().children.add(wrapper.apply(frame.children));
        }
        return null;
    }

    private void text(String text) {
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                length++;
                spaceBefore = true;
                spaceAfterSentenceEnd |= afterSentenceEnd;
                continue;
            }
            if (cutsBefore(c, text, i)) {
                open.peek().children.add(new Inline.Text(text.substring(from, i)));
                cut();
                from = i;
            }
            afterSentenceEnd = isSentenceEnd(c) || afterSentenceEnd && isCloser(c);
            spaceAfterSentenceEnd = false;
            spaceBefore = false;
            length++;
        }
        if (from < text.length()) {
            open.peek().children.add(new Inline.Text(from == 0 ? text : text.substring(from)));
        }
    }

    /** Whether a part ends before the character at {@code i}, which starts a word or is inside one. */
    private boolean cutsBefore(char c, String text, int i) {
        if (spaceAfterSentenceEnd && length >= TARGET && !Character.isLowerCase(c)) {
            return true;
        }
        if (spaceBefore && length >= LIMIT) {
            return true;
        }
        // Never between the halves of a surrogate pair or before a combining mark.
        return length >= HARD && !Character.isLowSurrogate(c)
                && Character.getType(text.codePointAt(i)) != Character.NON_SPACING_MARK;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    private static boolean isCloser(char c) {
        return c == ')' || c == ']' || c == '"' || c == '\'' || c == '’' || c == '”' || c == '»' || c == '›';
    }

    /** Closes every open wrapper into the finished part and reopens each, empty, for the next. */
    private void cut() {
        Inline closed = null;
        for (Frame frame : open) { // innermost first
            if (closed != null) {
                frame.children.add(closed);
            }
            List<Inline> children = List.copyOf(frame.children);
            frame.children.clear();
            frame.continued = true;
            if (frame.wrapper == null) {
                parts.add(children);
            } else {
                closed = children.isEmpty() ? null : frame.wrapper.apply(children);
            }
        }
        length = 0;
    }

    /** An inline being rebuilt (or, with no wrapper, the part itself). */
    private static final class Frame {
        final Function<List<Inline>, Inline> wrapper;
        final List<Inline> children = new ArrayList<>();
        boolean continued;

        Frame(Function<List<Inline>, Inline> wrapper) {
            this.wrapper = wrapper;
        }
    }
}
