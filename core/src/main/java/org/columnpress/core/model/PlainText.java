package org.columnpress.core.model;

import java.util.List;

/** {@link Inline#plainText}: the words of inlines without their markup; a line break reads as a space. */
final class PlainText implements Inline.Visitor<Void> {

    private final StringBuilder out = new StringBuilder();

    private PlainText() {
    }

    static String of(List<? extends Inline> inlines) {
        PlainText text = new PlainText();
        text.all(inlines);
        return text.out.toString();
    }

    private Void all(List<? extends Inline> inlines) {
        for (Inline inline : inlines) {
            inline.accept(this);
        }
        return null;
    }

    @Override
    public Void text(Inline.Text text) {
        out.append(text.text());
        return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
        return all(emphasis.content());
    }

    @Override
    public Void strong(Inline.Strong strong) {
        return all(strong.content());
    }

    @Override
    public Void code(Inline.Code code) {
        out.append(code.code());
        return null;
    }

    @Override
    public Void link(Inline.Link link) {
        return all(link.content());
    }

    @Override
    public Void footnoteRef(Inline.FootnoteRef ref) {
        return null; // the note's number is a mark, not part of the sentence
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
        out.append(' ');
        return null;
    }

    @Override
    public Void indexMark(Inline.IndexMark mark) {
        return null; // a place in the text, no text
    }
}
