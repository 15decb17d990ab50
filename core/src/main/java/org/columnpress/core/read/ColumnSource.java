package org.columnpress.core.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Footnote;

/**
 * What one column file says about itself, before the book fills in what it leaves open (authors,
 * language) and before typography: the common output of both readers.
 */
record ColumnSource(
        Path file,
        String title,
        Optional<String> subtitle,
        List<String> authors,
        Optional<LocalDate> date,
        Optional<String> source,
        Optional<String> language,
        List<String> tags,
        List<Block> body,
        List<Footnote> footnotes,
        List<Block> bio,
        Optional<String> copyright) {

    ColumnSource withDate(Optional<LocalDate> date) {
        return new ColumnSource(file, title, subtitle, authors, date, source, language, tags, body, footnotes,
                bio, copyright);
    }
}
