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
 * Hugo's page bundles, {@code columns/<name>/index.md} (or {@code index.txt}), whose images may sit beside
 * them, and the same inside folders at any depth (a series); not hidden, not leading outside the book; in the
 * order {@code book.yaml}'s {@code columns} gives, or by name (the reader then sorts them by date). A
 * column in a folder is named by its path in {@code columns/}: {@code series/part-1}, {@code 2019/a.md}.
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
    /** Hugo's list page of a section (a branch bundle's file): no column unless listed. */
    private static final List<String> SECTION_PAGE = List.of("_index.md", "_index.markdown");
    private static final List<String> EXTENSIONS = List.of(".md", ".markdown", ".txt");
    /** The column file of a page bundle (Hugo's leaf bundle), by the names Hugo gives it. */
    private static final List<String> LEAF_INDEX = List.of("index.md", "index.markdown", "index.txt");
    /** Every index file's name, to name one whose letter case differs. */
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
        List<ColumnFile> sectionPages = new ArrayList<>();
        if (Files.isDirectory(folder)) {
            new Walk(directory, folder, reporter, found, sectionPages, names).section(folder, "");
        }
        if (!sectionPages.isEmpty() && meta.shape().columns().isEmpty()) {
            reporter.info(sectionPages.size() + (sectionPages.size() == 1 ? " section page" : " section pages")
                    + " left out of the book (Hugo's _index.md, the page that lists a section's posts, not a "
                    + "post): " + String.join(", ", sectionPages.stream().limit(3).map(page -> BookReader.COLUMNS
                    + "/" + page.name()).toList()) + (sectionPages.size() > 3 ? ", …" : "") + ". List one under "
                    + "columns (or in a part) in book.yaml to print it.");
        }
        if (found.isEmpty()) {
            errors.add(new InputException(folder, 0, "no columns found. Put one file per column in this folder: "
                    + "name.md for Markdown, name.txt for plain text (or name/index.md, with its images)."));
            return List.of();
        }
        if (meta.shape().columns().isEmpty()) {
            return List.copyOf(found);
        }
        Path bookYaml = directory.resolve(BookMetadata.FILE_NAME);
        List<ColumnFile> chosen = new ArrayList<>();
        for (YamlMap.Item item : meta.shape().columns()) {
            String name = item.value().replaceFirst("^(\\./)?columns/", "").replaceFirst("/+$", "");
            ColumnFile column = names.get(name);
            if (column == null) {
                errors.add(new InputException(bookYaml, item.line(), "the column '" + item.value() + "' listed "
                        + "under " + meta.shape().listedUnder() + " does not exist in " + folder + "." + sameButCase(name, names) + " Check "
                        + "its name (the folder holds: " + String.join(", ", found.stream().map(ColumnFile::name)
                        .toList()) + ")."));
            } else if (chosen.contains(column)) {
                errors.add(new InputException(bookYaml, item.line(), "the column '" + item.value() + "' is "
                        + "listed twice under " + meta.shape().listedUnder() + ". List each column once"
                        + (meta.shape().parts().isEmpty() ? "." : ", in one part.")));
            } else {
                chosen.add(column);
            }
        }
        for (ColumnFile column : found) {
            if (errors.isEmpty() && !chosen.contains(column)) {
                reporter.warn(new Warning("column files not listed under " + meta.shape().listedUnder()
                        + " in book.yaml, left out", column.file(), 0, "not listed under " + meta.shape().listedUnder()
                        + " in " + BookMetadata.FILE_NAME + ", so left out of the book. Add it to "
                        + (meta.shape().parts().isEmpty() ? "the list" : "a part") + " to include it."));
            }
        }
        return chosen;
    }

    private static boolean isColumnFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(lower::endsWith);
    }

    /**
     * Hugo's reading of a content folder, which also covers Jekyll's {@code _posts} with sub-folders: a folder
     * with an {@code index.md} (a leaf bundle) is one column, and what else it holds is its images and other
     * resources; any other folder is a section (in Hugo a branch bundle when it has an {@code _index.md}),
     * whose files are columns and whose folders are read the same way. A section's {@code _index.md} is the
     * page that lists its posts, so no column unless {@code columns:} names it.
     */
    private record Walk(Path directory, Path root, Reporter reporter, List<ColumnFile> found,
            List<ColumnFile> sectionPages, Map<String, ColumnFile> names) {

        /** How deep sections may nest: a symbolic link back up the tree would otherwise be followed forever. */
        private static final int MAX_DEPTH = 16;

        void section(Path folder, String prefix) {
            if (prefix.chars().filter(c -> c == '/').count() >= MAX_DEPTH) {
                reporter.warn(new Warning("folders nested too deep", folder, 0, "left out of the book: more "
                        + "than " + MAX_DEPTH + " folders deep inside " + BookReader.COLUMNS + "/."));
                return;
            }
            for (Path path : BookReader.list(folder)) {
                String fileName = path.getFileName().toString();
                String name = prefix + fileName;
                if (fileName.startsWith(".")) {
                    continue;
                }
                if (Files.isDirectory(path)) {
                    if (!leaf(path, name)) {
                        section(path, name + "/");
                    }
                } else if (SECTION_PAGE.contains(fileName.toLowerCase(Locale.ROOT))) {
                    requireInside(directory, path);
                    ColumnFile page = new ColumnFile(path, name, prefix.isEmpty() ? "index"
                            : Path.of(prefix).getFileName().toString());
                    sectionPages.add(page);
                    names.put(name, page);
                } else if (!prefix.isEmpty() && INDEX.stream().anyMatch(fileName::equalsIgnoreCase)) {
                    reporter.warn(new Warning("index files left out (letter case differs)", folder, 0, "left out "
                            + "of the book: it holds " + fileName + ", not " + fileName.toLowerCase(Locale.ROOT)
                            + " (letter case counts). Rename it to print it."));
                } else if (isColumnFile(fileName) && Files.isRegularFile(path)) {
                    requireInside(directory, path);
                    add(new ColumnFile(path, name, fileName.substring(0, fileName.lastIndexOf('.'))), name);
                }
            }
        }

        /** Whether {@code folder} is a leaf bundle, its column then added. */
        private boolean leaf(Path folder, String name) {
            List<Path> index = LEAF_INDEX.stream().map(folder::resolve).filter(Files::isRegularFile).toList();
            if (index.isEmpty()) {
                return false;
            }
            if (index.size() > 1 || SECTION_PAGE.stream().map(folder::resolve).anyMatch(Files::isRegularFile)) {
                throw new InputException(folder, 0, "holds " + BookReader.list(folder).stream()
                        .map(p -> p.getFileName().toString()).filter(file -> INDEX.contains(file)).toList()
                        + ", and a folder is one column. Keep one of them.");
            }
            requireInside(directory, index.get(0));
            ColumnFile column = new ColumnFile(index.get(0), name, folder.getFileName().toString());
            add(column, name);
            names.put(name + "/" + index.get(0).getFileName(), column);
            return true;
        }

        private void add(ColumnFile column, String name) {
            found.add(column);
            names.put(name, column);
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
