package org.columnpress.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;

/**
 * Finds the column files of a book: {@code columns/*.md} and {@code columns/*.txt}, not hidden, not in
 * subfolders, not leading outside the book; in the order {@code book.yaml}'s {@code columns} gives, or
 * by name (the reader then sorts them by date).
 */
final class ColumnFiles {

    private ColumnFiles() {
    }

    static List<Path> choose(Path directory, BookMetadata meta, Reporter reporter) {
        Path folder = directory.resolve(BookReader.COLUMNS);
        Map<String, Path> found = new LinkedHashMap<>();
        if (Files.isDirectory(folder)) {
            for (Path file : BookReader.list(folder)) {
                String name = file.getFileName().toString();
                String lower = name.toLowerCase(Locale.ROOT);
                if (!name.startsWith(".") && (lower.endsWith(".md") || lower.endsWith(".txt"))
                        && Files.isRegularFile(file)) {
                    requireInside(directory, file);
                    found.put(name, file);
                }
            }
        }
        if (found.isEmpty()) {
            throw new InputException(folder, 0, "no columns found. Put one file per column in this folder: "
                    + "name.md for Markdown, name.txt for plain text.");
        }
        if (meta.columns().isEmpty()) {
            return List.copyOf(found.values());
        }
        Path bookYaml = directory.resolve(BookMetadata.FILE_NAME);
        List<Path> chosen = new ArrayList<>();
        for (YamlMap.Item item : meta.columns()) {
            String name = item.value().replaceFirst("^(\\./)?columns/", "");
            Path file = found.get(name);
            if (file == null) {
                throw new InputException(bookYaml, item.line(), "the column '" + item.value() + "' listed under "
                        + "columns does not exist in " + folder + ". Check its name (the folder holds: "
                        + String.join(", ", found.keySet()) + ").");
            }
            if (chosen.contains(file)) {
                throw new InputException(bookYaml, item.line(), "the column '" + item.value() + "' is listed "
                        + "twice under columns. List each column once.");
            }
            chosen.add(file);
        }
        for (Map.Entry<String, Path> entry : found.entrySet()) {
            if (!chosen.contains(entry.getValue())) {
                reporter.warn(entry.getValue() + ": not listed under columns in " + bookYaml
                        + ", so left out of the book. Add it to the list to include it.");
            }
        }
        return chosen;
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
