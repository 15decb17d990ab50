package org.columnpress.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Finds the column files of a book: {@code columns/*.md} (or {@code .markdown}) and {@code columns/*.txt},
 * and Hugo's page bundles, {@code columns/<name>/index.md} (or {@code _index.md}, {@code index.txt}), whose
 * images may sit beside them; not hidden, not leading outside the book; in the order {@code book.yaml}'s
 * {@code columns} gives, or by name (the reader then sorts them by date).
 */
final class ColumnFiles {

    /** A column file and its name: the file's, or the bundle folder's; the stem is without extension. */
    record ColumnFile(Path file, String name, String stem) {

        /** The date a Jekyll file name starts with ({@code 2019-01-06-slug.md}), when it does. */
        Optional<LocalDate> nameDate() {
            Matcher m = JEKYLL_DATE.matcher(stem);
            return m.lookingAt() ? ColumnDates.parse(m.group(1)) : Optional.empty();
        }

        boolean markdown() {
            String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return lower.endsWith(".md") || lower.endsWith(".markdown");
        }
    }

    private static final Pattern JEKYLL_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})-");
    /** Hugo's list page of the section that {@code columns/} was copied from: no column unless listed. */
    private static final List<String> SECTION_PAGE = List.of("_index.md", "_index.markdown");
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");
    /** The column file of a page bundle, by the names Hugo gives it. */
    private static final List<String> INDEX = List.of("index.md", "index.markdown", "_index.md",
            "_index.markdown", "index.txt");

    private ColumnFiles() {
    }

    /**
     * The book's column files. Each mistake in book.yaml's {@code columns} (a missing file, one listed
     * twice) is kept in {@code errors}; files left out of the list are warned about only when there is none.
     */
    static List<ColumnFile> choose(Path directory, BookMetadata meta, Reporter reporter, ReadErrors errors) {
        Path folder = directory.resolve(BookReader.COLUMNS);
        // Every name a column may be listed by in book.yaml, to its column: a.md; bundle, bundle/index.md
        Map<String, ColumnFile> names = new LinkedHashMap<>();
        List<ColumnFile> found = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            for (Path path : BookReader.list(folder)) {
                String name = path.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    bundle(directory, path, reporter).ifPresent(column -> {
                        found.add(column);
                        names.put(name, column);
                        names.put(name + "/" + column.file().getFileName(), column);
                    });
                } else if (SECTION_PAGE.contains(name.toLowerCase(Locale.ROOT)) && meta.columns().isEmpty()) {
                    reporter.info(path + ": left out of the book: Hugo's page that lists a section's posts, "
                            + "not a post. List it under columns in book.yaml to print it.");
                } else if (isColumnFile(name) && Files.isRegularFile(path)) {
                    requireInside(directory, path);
                    ColumnFile column = new ColumnFile(path, name, name.substring(0, name.lastIndexOf('.')));
                    found.add(column);
                    names.put(name, column);
                }
            }
        }
        if (found.isEmpty()) {
            errors.add(new InputException(folder, 0, "no columns found. Put one file per column in this folder: "
                    + "name.md for Markdown, name.txt for plain text (or name/index.md, with its images)."));
            return List.of();
        }
        if (meta.columns().isEmpty()) {
            return List.copyOf(found);
        }
        Path bookYaml = directory.resolve(BookMetadata.FILE_NAME);
        List<ColumnFile> chosen = new ArrayList<>();
        for (YamlMap.Item item : meta.columns()) {
            String name = item.value().replaceFirst("^(\\./)?columns/", "").replaceFirst("/+$", "");
            ColumnFile column = names.get(name);
            if (column == null) {
                errors.add(new InputException(bookYaml, item.line(), "the column '" + item.value() + "' listed "
                        + "under columns does not exist in " + folder + "." + sameButCase(name, names) + " Check "
                        + "its name (the folder holds: " + String.join(", ", found.stream().map(ColumnFile::name)
                        .toList()) + ")."));
            } else if (chosen.contains(column)) {
                errors.add(new InputException(bookYaml, item.line(), "the column '" + item.value() + "' is "
                        + "listed twice under columns. List each column once."));
            } else {
                chosen.add(column);
            }
        }
        for (ColumnFile column : found) {
            if (errors.isEmpty() && !chosen.contains(column)) {
                reporter.warn(new Warning("column files not listed under columns in book.yaml, left out",
                        column.file(), 0, "not listed under columns in " + BookMetadata.FILE_NAME
                        + ", so left out of the book. Add it to the list to include it."));
            }
        }
        return chosen;
    }

    private static boolean isColumnFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /** The bundle's column, or empty (with a warning) for a folder that holds none. */
    private static Optional<ColumnFile> bundle(Path directory, Path folder, Reporter reporter) {
        List<Path> index = INDEX.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
        String name = folder.getFileName().toString();
        if (index.isEmpty()) {
            long deeper = columnsInside(folder);
            List<String> files = BookReader.list(folder).stream().map(path -> path.getFileName().toString()).toList();
            Optional<String> cased = INDEX.stream().flatMap(wanted -> SameButCase.among(wanted, files).stream())
                    .findFirst();
            if (cased.isPresent()) {
                reporter.warn(new Warning("folders in columns/ left out (no index.md)", folder, 0,
                        "left out of the book: it holds " + cased.get() + ", not "
                        + cased.get().toLowerCase(Locale.ROOT) + " (letter case counts). Rename it to print it."));
                return Optional.empty();
            }
            reporter.warn(new Warning("folders in columns/ left out (no index.md)", folder, 0,
                    "a folder without an index.md, so left out of the book" + (deeper > 0 ? " with the "
                    + (deeper == 1 ? "column file" : deeper + " column files") + " inside it" : "") + ". A column in a "
                    + "folder of its own (with its images) is the folder's index.md, _index.md or index.txt; "
                    + "other columns go straight into columns/" + (deeper > 0 ? ", as do folders of their own"
                    + " (a folder in a folder is not read)" : "") + "."));
            return Optional.empty();
        }
        if (index.size() > 1) {
            throw new InputException(folder, 0, "holds " + index.stream().map(p -> p.getFileName().toString())
                    .toList() + ", and a folder is one column. Keep one of them.");
        }
        requireInside(directory, index.get(0));
        return Optional.of(new ColumnFile(index.get(0), name, name));
    }

    /** How many column files lie anywhere inside {@code folder}, to say what a left-out folder holds. */
    private static long columnsInside(Path folder) {
        try (var files = Files.walk(folder)) {
            return files.filter(path -> isColumnFile(path.getFileName().toString()) && Files.isRegularFile(path))
                    .count();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot list " + folder + ": " + e, e);
        }
    }

    /** " Did you mean columns/Brug.md? …" when a column's name differs from {@code name} only in case. */
    private static String sameButCase(String name, Map<String, ColumnFile> names) {
        return SameButCase.among(name, names.keySet())
                .map(known -> SameButCase.didYouMean(BookReader.COLUMNS + "/" + known)).orElse("");
    }

    /** A column reached through a symbolic link to outside the book would print that file: refuse it. */
    private static void requireInside(Path directory, Path file) {
        try {
            if (!file.toRealPath().startsWith(directory.toRealPath())) {
                throw new InputException(file, 0, "is a symbolic link to a file outside the book folder. "
                        + "Copy the column into the columns/ folder instead.");
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot be read: " + e, e);
        }
    }
}
