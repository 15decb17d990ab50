package org.columnpress.core.model;

import java.util.List;
import java.util.Objects;

/** A piece of running text inside a paragraph, heading or table cell. */
public sealed interface Inline {

    /** Calls the visitor's method for this kind of inline and returns what it returns. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of inline. Code that walks inlines implements this rather than testing kinds one
     * by one, so that a new kind does not compile until every walk handles it: an {@code instanceof} chain
     * would let it vanish silently from one output.
     */
    interface Visitor<R> {
        R text(Text text);

        R emphasis(Emphasis emphasis);

        R strong(Strong strong);

        R code(Code code);

        R link(Link link);

        R footnoteRef(FootnoteRef ref);

        R lineBreak(LineBreak lineBreak);

        R indexMark(IndexMark mark);
    }

    /** Plain text, already typographically corrected (curly quotes, dashes, ellipsis). */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }
    }

    record Code(String code) implements Inline {
        public Code {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /** A link to an {@code http}, {@code https} or {@code mailto} target; readers drop any other kind. */
    record Link(String target, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }
    }

    /** A reference to {@link Footnote#number()} of the same column. */
    record FootnoteRef(int number) implements Inline {
        public FootnoteRef {
            if (number < 1) {
                throw new IllegalArgumentException("footnote numbers start at 1: " + number);
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.footnoteRef(this);
        }
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.lineBreak(this);
        }
    }

    /** The text of a list of inlines, without markup: for titles in outlines, alt text and tests. */
    static String plainText(List<? extends Inline> inlines) {
        return PlainText.of(inlines);
    }

    /**
     * Where an occurrence of an index term begins: before the word the index's {@code find} words found, or
     * where the writer marked it. Prints nothing; the index links here (and, in print, cites its page).
     *
     * @param term the {@link IndexTerm#id()} of the term
     * @param id   this occurrence's id, unique in the book
     */
    record IndexMark(String term, String id) implements Inline {
        public IndexMark {
            Objects.requireNonNull(term, "term");
            Objects.requireNonNull(id, "id");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.indexMark(this);
        }
    }
}
