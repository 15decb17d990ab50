package org.columnpress.core.render.html;

import java.util.ArrayList;
import java.util.List;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/**
 * A column's opener as every HTML output writes it: the title as the page's h1, the subtitle, the byline and
 * the dateline ("NRC Handelsblad, 3 maart 2009"), in the column's own words ({@code Book#labelsFor}).
 */
public final class ColumnOpener {

    private ColumnOpener() {
    }

    /**
     * The {@code header} with the title ({@code id="title"}), subtitle, byline and dateline.
     *
     * @param x      where the markup goes
     * @param column the column
     * @param labels the fixed words in the column's language
     */
    public static void write(MarkupWriter<?> x, Column column, Labels labels) {
        x.start("header", "class", "opener");
        x.element("h1", column.title(), "id", "title", "class", "title");
        column.subtitle().filter(s -> !s.isBlank())
                .ifPresent(s -> x.element("p", s, "class", "subtitle", "role", "doc-subtitle"));
        if (!column.authors().isEmpty()) {
            x.element("p", byline(column, labels), "class", "byline");
        }
        String dateline = dateline(column, labels);
        if (!dateline.isEmpty()) {
            x.element("p", dateline, "class", "dateline");
        }
        x.end();
    }

    /**
     * The byline: "Door Wim Aalbers en Marieke Dekker".
     *
     * @param column the column; its authors are never empty
     * @param labels the fixed words in the column's language
     * @return the line, without markup
     */
    public static String byline(Column column, Labels labels) {
        return labels.get(Label.BY) + " " + labels.joinNames(column.authors());
    }

    /**
     * "NRC Handelsblad, 3 maart 2009": the source and the date, either of them or nothing.
     *
     * @param column the column
     * @param labels the fixed words, whose language writes the date
     * @return the line; empty when the column has neither
     */
    public static String dateline(Column column, Labels labels) {
        List<String> parts = new ArrayList<>();
        column.source().filter(s -> !s.isBlank()).ifPresent(parts::add);
        column.date().map(labels::formatDate).ifPresent(parts::add);
        return String.join(", ", parts);
    }
}
