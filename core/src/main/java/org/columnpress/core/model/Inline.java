package org.columnpress.core.model;

import java.util.List;
import java.util.Objects;

/** A piece of running text inside a paragraph, heading or table cell. */
public sealed interface Inline {

    /**
     * Calls the visitor's method for this kind of inline and returns what it returns.
     *
     * @param <R>     what the visitor makes of an inline
     * @param visitor the walk to take part in
     * @return what the visitor's method returned
     */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per kind of inline. Code that walks inlines implements this rather than testing kinds one
     * by one, so that a new kind does not compile until every walk handles it: an {@code instanceof} chain
     * would let it vanish silently from one output.
     *
     * @param <R> what the walk makes of an inline (a {@code Void} for one that only writes)
     */
    interface Visitor<R> {
        /**
         * Visits plain text.
         *
         * @param text the text
         * @return what the walk makes of it
         */
        R text(Text text);

        /**
         * Visits emphasised text; the walk decides whether to visit its content.
         *
         * @param emphasis the emphasis
         * @return what the walk makes of it
         */
        R emphasis(Emphasis emphasis);

        /**
         * Visits strongly emphasised text; the walk decides whether to visit its content.
         *
         * @param strong the strong emphasis
         * @return what the walk makes of it
         */
        R strong(Strong strong);

        /**
         * Visits inline code.
         *
         * @param code the code
         * @return what the walk makes of it
         */
        R code(Code code);

        /**
         * Visits a link.
         *
         * @param link the link
         * @return what the walk makes of it
         */
        R link(Link link);

        /**
         * Visits a reference to a footnote.
         *
         * @param ref the reference
         * @return what the walk makes of it
         */
        R footnoteRef(FootnoteRef ref);

        /**
         * Visits a hard line break.
         *
         * @param lineBreak the break
         * @return what the walk makes of it
         */
        R lineBreak(LineBreak lineBreak);

        /**
         * Visits where an index term occurs; it prints nothing.
         *
         * @param mark the mark
         * @return what the walk makes of it
         */
        R indexMark(IndexMark mark);
    }

    /** Plain text, already typographically corrected (curly quotes, dashes, ellipsis). */
    record Text(String text) implements Inline {
        /**
         * Checks that the text is not null.
         *
         * @param text the text; may be empty
         * @throws NullPointerException if the text is null
         */
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.text(this);
        }
    }

    /**
     * Emphasised text ({@code *text*} in Markdown).
     *
     * @param content the emphasised text
     */
    record Emphasis(List<Inline> content) implements Inline {
        /**
         * Copies the content.
         *
         * @param content the emphasised text
         */
        public Emphasis {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.emphasis(this);
        }
    }

    /**
     * Strongly emphasised text ({@code **text**} in Markdown).
     *
     * @param content the emphasised text
     */
    record Strong(List<Inline> content) implements Inline {
        /**
         * Copies the content.
         *
         * @param content the emphasised text
         */
        public Strong {
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.strong(this);
        }
    }

    /**
     * Inline code, set in a monospaced font and never corrected typographically.
     *
     * @param code the code as written
     */
    record Code(String code) implements Inline {
        /**
         * Checks that the code is not null.
         *
         * @param code the code as written
         * @throws NullPointerException if the code is null
         */
        public Code {
            Objects.requireNonNull(code, "code");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.code(this);
        }
    }

    /**
     * A link to an {@code http}, {@code https} or {@code mailto} target; readers drop any other kind.
     *
     * @param target  the URI
     * @param content the linked text
     */
    record Link(String target, List<Inline> content) implements Inline {
        /**
         * Checks the target and copies the content.
         *
         * @param target  the URI
         * @param content the linked text
         * @throws NullPointerException if the target is null
         */
        public Link {
            Objects.requireNonNull(target, "target");
            content = List.copyOf(content);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.link(this);
        }
    }

    /**
     * A reference to a footnote of the same column.
     *
     * @param number the {@link Footnote#number()}, from 1
     */
    record FootnoteRef(int number) implements Inline {
        /**
         * Checks the number.
         *
         * @param number from 1
         * @throws IllegalArgumentException if the number is below 1
         */
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

    /**
     * The text of a list of inlines, without markup: for titles in outlines, alt text and tests.
     *
     * @param inlines the inlines, in reading order
     * @return their words run together, a line break read as a space; empty for none
     */
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
        /**
         * Checks that no part is null.
         *
         * @param term the term's id
         * @param id   this occurrence's id
         * @throws NullPointerException if a part is null
         */
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
