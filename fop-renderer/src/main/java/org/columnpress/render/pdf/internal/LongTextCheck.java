package org.columnpress.render.pdf.internal;

import java.util.Locale;
import org.columnpress.core.model.Block;
import org.columnpress.core.render.BodyCutter;
import org.columnpress.core.model.Column;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Warns, naming the column, that a very long paragraph is set in parts ({@link ParagraphSplitter}) or a
 * very long column in several page sequences ({@link BodyCutter}): the writer should know why a line
 * or a page breaks where it does, and that a paragraph break or a second column would serve the reader
 * anyway.
 */
final class LongTextCheck {

    private final Reporter reporter;

    LongTextCheck(Reporter reporter) {
        this.reporter = reporter;
    }

    void check(Column column) {
        int count = 0;
        for (Block block : column.allBlocks()) {
            if (block instanceof Block.Paragraph p && ParagraphSplitter.isLong(p.content())) {
                count++;
            }
        }
        if (count > 0) {
            String limit = String.format(Locale.ROOT, "%,d", ParagraphSplitter.LIMIT);
            reporter.warn(new Warning("columns with paragraphs set in parts", column.file(), 0,
                    "'" + column.title() + "': " + (count == 1 ? "a paragraph is"
                    : count + " paragraphs are") + " longer than " + limit + " characters; the PDF"
                    + " sets such a paragraph in consecutive parts so that it can be laid out at all, which"
                    + " may show a slightly different line break where two parts meet."
                    + " Break it into shorter paragraphs if you can."));
        }
        if (BodyCutter.isLong(column.body())) {
            reporter.warn(new Warning("columns set in several page sequences", column.file(), 0,
                    "'" + column.title() + "': the column is longer than "
                    + String.format(Locale.ROOT, "%,d", BodyCutter.LIMIT) + " characters; the PDF sets it in"
                    + " parts of about that length, each beginning on a new page (the EPUB, in as many documents),"
                    + " so that it can be laid out in bounded memory. Split it into several columns, or give it headings: a part ends before"
                    + " a heading when it can."));
        }
    }
}
