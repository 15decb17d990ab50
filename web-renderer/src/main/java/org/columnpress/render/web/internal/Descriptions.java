package org.columnpress.render.web.internal;

import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;

/**
 * The short descriptions search engines and link previews show: a column's subtitle, else the start of its
 * first paragraph; the book's description, else its subtitle, else its title.
 */
final class Descriptions {

    /** About what a search result shows before it cuts the text. */
    static final int LENGTH = 160;

    private Descriptions() {
    }

    static String of(Column column) {
        return column.subtitle().filter(s -> !s.isBlank()).or(() -> firstParagraph(column.body()))
                .map(Descriptions::cut).orElse(column.title());
    }

    /** The start of a text's first paragraph, else the fallback. */
    static String of(List<Block> body, String fallback) {
        return firstParagraph(body).map(Descriptions::cut).orElse(fallback);
    }

    private static Optional<String> firstParagraph(List<Block> body) {
        return body.stream().filter(Block.Paragraph.class::isInstance).findFirst()
                .map(p -> Inline.plainText(((Block.Paragraph) p).content()));
    }

    static String of(Book book) {
        return cut(book.description().or(book::subtitle).filter(s -> !s.isBlank()).orElse(book.title()));
    }

    /** The text on one line, cut at a word before {@link #LENGTH} characters, with an ellipsis when cut. */
    static String cut(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        if (line.length() <= LENGTH) {
            return line;
        }
        int space = line.lastIndexOf(' ', LENGTH - 1);
        return line.substring(0, space > LENGTH / 2 ? space : LENGTH - 1).stripTrailing() + "…";
    }
}
