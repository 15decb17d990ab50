package org.columnpress.core.read;

import java.nio.file.Path;
import java.text.Collator;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Part;

/**
 * Makes the book's parts: those {@code parts:} lists, or those {@code arrange: by-year} and {@code by-tag}
 * make from the columns' years and tags. The columns come in reading order already; a part keeps that
 * order, so the parts list every column once and in order.
 */
final class PartMaker {

    private final Path directory;
    private final BookMetadata meta;
    private final MarkdownReader markdown;
    private final ImageFiles images;
    private final Reporter reporter;

    PartMaker(Path directory, BookMetadata meta, MarkdownReader markdown, ImageFiles images, Reporter reporter) {
        this.directory = directory;
        this.meta = meta;
        this.markdown = markdown;
        this.images = images;
        this.reporter = reporter;
    }

    /** A part before it is numbered: its title, introduction and columns. */
    private record Group(String title, List<Block> intro, Optional<Path> introFile, List<Column> columns) {
    }

    /**
     * The parts, in order.
     *
     * @param columns    the columns in reading order
     * @param listedFile for a book with {@code parts:}, each listed column's file to the part (its index in
     *                   {@code parts:}) it is listed in
     * @throws InputException every column that cannot go into a part (no year, no tag), at once
     */
    List<Part> parts(List<Column> columns, Map<Path, Integer> listedFile) {
        ShapeSection shape = meta.shape();
        List<Group> groups;
        if (!shape.parts().isEmpty()) {
            groups = listed(columns, listedFile);
        } else if (shape.arrangement() == Arrangement.BY_YEAR) {
            groups = byYear(columns);
        } else if (shape.arrangement() == Arrangement.BY_TAG) {
            groups = byTag(columns);
        } else {
            return List.of();
        }
        Typography typography = Typography.forLanguage(meta.language());
        List<Part> parts = new ArrayList<>();
        for (Group group : groups) {
            int number = parts.size() + 1;
            parts.add(new Part(Part.idOf(number), number, meta.labels().partNumber(number),
                    typography.apply(group.title()), new TypographyPass(typography).blocks(group.intro()),
                    group.introFile(), group.columns().stream().map(Column::id).toList()));
        }
        return parts;
    }

    private List<Group> listed(List<Column> columns, Map<Path, Integer> listedFile) {
        List<ShapeSection.PartSpec> specs = meta.shape().parts();
        List<List<Column>> members = new ArrayList<>();
        specs.forEach(spec -> members.add(new ArrayList<>()));
        columns.forEach(column -> members.get(listedFile.get(column.file())).add(column));
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ShapeSection.PartSpec spec = specs.get(i);
            List<Block> intro = spec.intro().map(this::intro).orElse(List.of());
            if (members.get(i).isEmpty()) {
                // Every column listed is a draft: the book can still be made, without this part.
                reporter.warn(new Warning("parts left out (every column a draft)", bookYaml(), spec.line(),
                        "the part '" + spec.title() + "' is left out: each of its columns is a draft."));
                continue;
            }
            groups.add(new Group(spec.title(), intro, spec.intro().map(item -> directory.resolve(item.value())),
                    members.get(i)));
        }
        return groups;
    }

    /** The introduction a part's {@code intro:} names (book.yaml's reading checked it is a file there). */
    private List<Block> intro(YamlMap.Item item) {
        Path file = directory.resolve(item.value()).normalize();
        return markdown.blocks(file, SourceText.read(file, reporter), images, reporter, "a part's introduction");
    }

    private List<Group> byYear(List<Column> columns) {
        ReadErrors errors = ReadErrors.columns();
        Map<Year, List<Column>> years = new LinkedHashMap<>();
        for (Column column : columns) {
            if (column.year().isEmpty()) {
                errors.add(new InputException(column.file(), 1, "has no date, and the book is arranged by "
                        + "year (arrange: by-year in book.yaml). Give it a date in its front matter, such as "
                        + "date: 2009-03-21, or a copyright line with the year."));
            } else {
                years.computeIfAbsent(column.year().get(), year -> new ArrayList<>()).add(column);
            }
        }
        errors.throwIfAny();
        return years.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> new Group(e.getKey().toString(), List.of(), Optional.empty(), e.getValue())).toList();
    }

    /**
     * One part per tag: a column goes in the part of its first tag that {@code tags:} lists (without a
     * list, its first tag); the parts follow {@code tags:}, else the tags' alphabetical order.
     */
    private List<Group> byTag(List<Column> columns) {
        List<YamlMap.Item> order = meta.shape().tags();
        List<String> listed = order.stream().map(YamlMap.Item::value).toList();
        ReadErrors errors = ReadErrors.columns();
        Map<String, List<Column>> tags = new LinkedHashMap<>();
        for (Column column : columns) {
            Optional<String> tag = column.tags().stream()
                    .filter(t -> listed.isEmpty() || listed.contains(t)).findFirst();
            if (tag.isEmpty()) {
                errors.add(new InputException(column.file(), 1, (column.tags().isEmpty() ? "has no tags"
                        : "has none of the tags listed under tags in book.yaml (it has " + String.join(", ",
                                column.tags()) + ")") + ", and the book is arranged by tag (arrange: by-tag). "
                        + (column.tags().isEmpty() ? "Give it tags: in its front matter."
                                : "Add one of its tags to the list.")));
            } else {
                tags.computeIfAbsent(tag.get(), t -> new ArrayList<>()).add(column);
            }
        }
        errors.throwIfAny();
        for (YamlMap.Item item : order) {
            if (!tags.containsKey(item.value())) {
                reporter.warn(new Warning("tags without columns", bookYaml(), item.line(), "no column has the tag '"
                        + item.value() + "', so the book has no part for it. Check its spelling against the "
                        + "columns' tags, or remove it from the list."));
            }
        }
        Comparator<String> byName = listed.isEmpty()
                ? Comparator.comparing(t -> t, collator())
                : Comparator.comparingInt(listed::indexOf);
        return tags.entrySet().stream().sorted(Map.Entry.comparingByKey(byName))
                .map(e -> new Group(title(e.getKey()), List.of(), Optional.empty(), e.getValue())).toList();
    }

    /** A tag as a part's title: capitalised when written all in lower case ("politiek" becomes "Politiek"). */
    private String title(String tag) {
        Locale locale = Locale.forLanguageTag(meta.language());
        return tag.equals(tag.toLowerCase(locale)) && !tag.isEmpty()
                ? tag.substring(0, 1).toUpperCase(locale) + tag.substring(1) : tag;
    }

    private Collator collator() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag(meta.language()));
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }

    private Path bookYaml() {
        return directory.resolve(BookMetadata.FILE_NAME);
    }
}
