package org.columnpress.core.model;

import java.util.List;
import java.util.Objects;

/** A piece of running text inside a paragraph, heading or table cell. */
public sealed interface Inline {

    /** Plain text, already typographically corrected (curly quotes, dashes, ellipsis). */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    record Emphasis(List<Inline> content) implements Inline {
        public Emphasis {
            content = List.copyOf(content);
        }
    }

    record Strong(List<Inline> content) implements Inline {
        public Strong {
            content = List.copyOf(content);
        }
    }

    record Code(String code) implements Inline {
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /** A link to an {@code http}, {@code https} or {@code mailto} target; readers drop any other kind. */
    record Link(String target, List<Inline> content) implements Inline {
        public Link {
            Objects.requireNonNull(target, "target");
            content = List.copyOf(content);
        }
    }

    /** A reference to {@link Footnote#number()} of the same column. */
    record FootnoteRef(int number) implements Inline {
        public FootnoteRef {
            if (number < 1) {
                throw new IllegalArgumentException("footnote numbers start at 1: " + number);
            }
        }
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
    }

    /** The text of a list of inlines, without markup: for titles in outlines, alt text and tests. */
    static String plainText(List<? extends Inline> inlines) {
        StringBuilder out = new StringBuilder();
        appendPlainText(inlines, out);
        return out.toString();
    }

    private static void appendPlainText(List<? extends Inline> inlines, StringBuilder out) {
        // Java 17 has no pattern matching for switch yet: instanceof keeps it plain.
        for (Inline inline : inlines) {
            if (inline instanceof Text t) {
                out.append(t.text());
            } else if (inline instanceof Emphasis e) {
                appendPlainText(e.content(), out);
            } else if (inline instanceof Strong s) {
                appendPlainText(s.content(), out);
            } else if (inline instanceof Code c) {
                out.append(c.code());
            } else if (inline instanceof Link l) {
                appendPlainText(l.content(), out);
            } else if (inline instanceof LineBreak) {
                out.append(' ');
            }
        }
    }
}
