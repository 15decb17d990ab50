package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * What {@code book.yaml} says about the book's shape: which columns in what order ({@code columns:} or
 * {@code parts:}), how to arrange them ({@code arrange:}, {@code tags:}), and the pieces Columnpress makes
 * when asked ({@code half-title:}, {@code colophon:}). Mistakes are kept in the errors, as for the rest of
 * book.yaml.
 *
 * @param columns     the columns as listed, in order: {@code columns:}, or every part's in turn; empty when
 *                    neither is given (then every file in {@code columns/} is a column)
 * @param listedUnder the key they are listed under, for messages: {@code columns} or {@code parts}
 * @param parts       the explicit parts, in order; empty for none
 * @param tags        {@code tags:}: the order of the parts {@code arrange: by-tag} makes
 */
record ShapeSection(List<YamlMap.Item> columns, String listedUnder, List<PartSpec> parts, Arrangement arrangement,
        List<YamlMap.Item> tags, boolean halfTitle, boolean colophon) {

    static final List<String> KEYS = List.of("columns", "parts", "arrange", "tags", "half-title", "colophon");
    private static final List<String> PART_KEYS = List.of("title", "intro", "columns");

    /**
     * A part as {@code parts:} gives it.
     *
     * @param columns its columns as listed; the part's share of {@link ShapeSection#columns()}
     */
    record PartSpec(String title, int line, Optional<YamlMap.Item> intro, List<YamlMap.Item> columns) {
    }

    static ShapeSection read(YamlMap yaml, Reporter reporter, ReadErrors errors) {
        List<YamlMap.Item> columns = errors.attempt(() -> yaml.strings("columns"), List.of());
        Optional<String> arrangeKey = errors.attempt(() -> yaml.nonBlank("arrange"), Optional.empty());
        Arrangement arrangement = arrangeKey.flatMap(key -> {
            Optional<Arrangement> known = Arrangement.byKey(key);
            if (known.isEmpty()) {
                errors.add(yaml.error(yaml.lineOf("arrange"), "'arrange' cannot be '" + key + "'."
                        + CloseMatches.suggestion(key, Arrangement.keys()) + " Choose one of "
                        + String.join(", ", Arrangement.keys()) + "."));
            }
            return known;
        }).orElse(Arrangement.AS_LISTED);
        List<PartSpec> parts = errors.attempt(() -> parts(yaml, errors), List.of());
        if (!parts.isEmpty() && yaml.keys().contains("columns")) {
            errors.add(yaml.error(yaml.lineOf("columns"), "book.yaml gives both columns and parts. Parts "
                    + "list their own columns: move each column into its part and remove the columns list."));
        }
        if (!parts.isEmpty() && arrangeKey.isPresent()) {
            errors.add(yaml.error(yaml.lineOf("arrange"), "book.yaml gives both arrange and parts. Parts "
                    + "keep the order you list; remove the arrange line, or the parts to let arrange make them."));
        }
        List<YamlMap.Item> tags = errors.attempt(() -> yaml.strings("tags"), List.of());
        if (!tags.isEmpty() && arrangement != Arrangement.BY_TAG) {
            reporter.warn(new Warning("book.yaml settings without effect", yaml.file(), yaml.lineOf("tags"),
                    "'tags' orders the parts of arrange: by-tag only, and this book is not arranged by tag: "
                    + "the list is not used."));
        }
        List<YamlMap.Item> listed = parts.isEmpty() ? columns
                : parts.stream().flatMap(part -> part.columns().stream()).toList();
        return new ShapeSection(listed, parts.isEmpty() ? "columns" : "parts", parts, arrangement, tags,
                flag(yaml, "half-title", errors), flag(yaml, "colophon", errors));
    }

    private static List<PartSpec> parts(YamlMap yaml, ReadErrors errors) {
        List<YamlMap> maps = yaml.maps("parts");
        if (yaml.keys().contains("parts") && maps.isEmpty()) {
            throw yaml.error(yaml.lineOf("parts"), "'parts' is empty. List the parts, each with a title and "
                    + "its columns, or remove the line.");
        }
        List<PartSpec> parts = new ArrayList<>();
        for (YamlMap part : maps) {
            errors.attempt(() -> part.requireKnownKeys(PART_KEYS));
            Optional<String> title = errors.attempt(() -> part.nonBlank("title"), Optional.of("?"));
            if (title.isEmpty()) {
                errors.add(part.error(part.line(), "the part has no title. Give it a line 'title: Its title'."));
            }
            List<YamlMap.Item> columns = errors.attempt(() -> part.strings("columns"), List.of());
            if (columns.isEmpty() && title.isPresent()) {
                errors.add(part.error(part.keys().contains("columns") ? part.lineOf("columns") : part.line(),
                        "the part '" + title.get() + "' has no columns. List them under it, as columns: [a.md, "
                        + "b.md], or remove the part."));
            }
            Optional<YamlMap.Item> intro = errors.attempt(() -> part.nonBlank("intro")
                    .map(file -> introFile(part, new YamlMap.Item(file, part.lineOf("intro")))), Optional.empty());
            parts.add(new PartSpec(title.orElse("?"), part.line(), intro, columns));
        }
        return parts;
    }

    /** The intro as named, when it is a file in the book folder (the folder book.yaml is in). */
    private static YamlMap.Item introFile(YamlMap part, YamlMap.Item intro) {
        Path directory = part.file().toAbsolutePath().getParent().normalize();
        Path file = directory.resolve(intro.value()).normalize();
        if (!file.startsWith(directory) || !Files.isRegularFile(file)) {
            throw part.error(intro.line(), "the part's intro '" + intro.value() + "' is not a file in the book "
                    + "folder. Write the introduction in a Markdown file there, such as parts/werk.md, and give "
                    + "its path from the book folder.");
        }
        return intro;
    }

    private static boolean flag(YamlMap yaml, String key, ReadErrors errors) {
        return errors.attempt(() -> yaml.flag(key), Optional.<Boolean>empty()).orElse(false);
    }
}
