package org.columnpress.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column: a short piece with its own title, byline and, often, an author bio and a copyright line.
 *
 * @param id        a name unique within the book, safe in file names and XML ids (from the file name)
 * @param file      the source file, as found in the book folder
 * @param title     never blank
 * @param subtitle  printed under the title; empty for none
 * @param authors   never empty: the column's own, else the book's
 * @param date      the full date when known
 * @param year      the year: from {@code date}, else from the copyright line; empty when neither says
 * @param source    where it first appeared ("NRC Handelsblad"), for the byline and the sources page
 * @param language  BCP 47 tag: the column's own, else the book's
 * @param tags      the writer's tags, as written, for the web edition's tag pages; may be empty
 * @param body      the text
 * @param footnotes numbered 1, 2, ... as referenced from the body
 * @param bio       a short author note printed after the body; may be empty
 * @param copyright the copyright line, as written ("© Wim Aalbers 2009")
 */
public record Column(
        String id,
        Path file,
        String title,
        Optional<String> subtitle,
        List<String> authors,
        Optional<LocalDate> date,
        Optional<Year> year,
        Optional<String> source,
        String language,
        List<String> tags,
        List<Block> body,
        List<Footnote> footnotes,
        List<Block> bio,
        Optional<String> copyright) {

    /**
     * Checks the components, copies the lists and takes the year from the date when only the date is given.
     *
     * @param id        unique within the book
     * @param file      the source file
     * @param title     never blank
     * @param subtitle  empty for none
     * @param authors   never empty
     * @param date      empty when not known
     * @param year      empty to take it from {@code date}
     * @param source    where it first appeared; empty for none
     * @param language  BCP 47 tag
     * @param tags      may be empty
     * @param body      the text
     * @param footnotes numbered from 1
     * @param bio       may be empty
     * @param copyright empty for none
     * @throws IllegalArgumentException if the title is blank
     * @throws NullPointerException     if a component is null
     */
    public Column {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a column needs a title: " + file);
        }
        Objects.requireNonNull(subtitle, "subtitle");
        authors = List.copyOf(authors);
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(year, "year");
        if (year.isEmpty() && date.isPresent()) {
            year = date.map(Year::from);
        }
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(language, "language");
        tags = List.copyOf(tags);
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        bio = List.copyOf(bio);
        Objects.requireNonNull(copyright, "copyright");
    }

    /**
     * Every block of the column in reading order (body, footnotes, bio), each followed by the blocks inside
     * it, however deeply nested: for questions about all of them, such as which images the column shows.
     *
     * @return the blocks, parents before their children
     */
    public List<Block> allBlocks() {
        List<List<Block>> groups = new ArrayList<>();
        groups.add(body);
        footnotes.forEach(note -> groups.add(note.blocks()));
        groups.add(bio);
        return NestedBlocks.of(groups);
    }

    /**
     * Every image of the column in reading order, including those in quotes, lists, footnotes and bio.
     *
     * @return the images; empty for none
     */
    public List<Block.Image> images() {
        List<Block.Image> images = new ArrayList<>();
        for (Block block : allBlocks()) {
            if (block instanceof Block.Image image) {
                images.add(image);
            }
        }
        return List.copyOf(images);
    }
}
