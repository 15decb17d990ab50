package org.columnpress.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Part;
import org.columnpress.core.Progress;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Reads a book folder into a {@link Book}. Never writes to the folder. Thread-safe and reusable: the
 * parsers it holds are built once.
 */
public final class BookReader {

    static final String COLUMNS = "columns";
    private static final Pattern YEAR = Pattern.compile("\\b(1[5-9]\\d\\d|20\\d\\d)\\b");

    private final Reporter reporter;
    private final MarkdownReader markdown = new MarkdownReader();
    private final PlainTextReader plainText = new PlainTextReader();

    /**
     * A reader that reports warnings (a missing image, an unknown key) to {@code reporter}.
     *
     * @param reporter where warnings go
     */
    public BookReader(Reporter reporter) {
        this.reporter = reporter;
    }

    /**
     * Reads a book folder as {@code book.yaml} describes it.
     *
     * @param directory the book folder
     * @param defaults  metadata to fall back on where {@code book.yaml} is silent
     * @return the book
     * @throws org.columnpress.core.InputException naming the file (and line) at fault and what to do; for
     *         the columns, every column's error at once, sorted by file and line (the first hundred listed)
     */
    public Book read(Path directory, BookDefaults defaults) {
        return read(directory, defaults, Map.of());
    }

    /**
     * Reads a book folder, with some of its print edition replaced by the build.
     *
     * @param directory      the book folder
     * @param defaults       metadata to fall back on where {@code book.yaml} is silent
     * @param printOverrides values that replace {@code book.yaml}'s {@code print:} section's, by key
     *                       ({@code printer}, {@code trim}, {@code paper}, {@code binding}, {@code back},
     *                       {@code price}): the build's {@code columnpress.print.*}
     * @return the book
     * @throws org.columnpress.core.InputException as {@link #read(Path, BookDefaults)}
     */
    public Book read(Path directory, BookDefaults defaults, Map<String, String> printOverrides) {
        if (!Files.isDirectory(directory)) {
            throw new InputException(directory, 0, "the book folder does not exist. Create it, with a "
                    + "book.yaml and a columns/ folder, or point the build at the right folder.");
        }
        ImageFiles images = new ImageFiles(directory, reporter);
        ReadErrors bookErrors = ReadErrors.files();
        BookMetadata meta = BookMetadata.read(directory, defaults, printOverrides, markdown, images, reporter,
                bookErrors);
        List<ColumnFiles.ColumnFile> files = ColumnFiles.choose(directory, meta, reporter, bookErrors);
        // Mistakes in book.yaml and its column list, all of them, stop before the columns are read: they
        // decide which files are columns, so reading on could report files that are not part of the book.
        bookErrors.throwIfAny();
        record Read(ColumnFiles.ColumnFile file, ColumnSource source) {
        }
        List<Read> sources = new ArrayList<>();
        ReadErrors errors = ReadErrors.columns();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        try (Progress progress = Progress.start(reporter, "Reading the book", () -> Progress.count(done.get())
                + " of " + Progress.count(files.size()) + " columns read")) {
            for (ColumnFiles.ColumnFile file : files) {
                try {
                    Optional<ColumnSource> source = readColumn(file, images, meta);
                    if (errors.isEmpty()) {
                        // after an error no book is made: keep only the errors
                        source.ifPresent(read -> sources.add(new Read(file, read)));
                    }
                } catch (InputException e) {
                    errors.add(e);
                    sources.clear();
                }
                done.incrementAndGet();
            }
        }
        errors.throwIfAny();
        if (sources.isEmpty()) {
            throw new InputException(directory.resolve(COLUMNS), 0, "every column is a draft (draft: true "
                    + "or published: false in its front matter), so the book would be empty. Remove that "
                    + "line from the columns to print.");
        }
        if (meta.shape().columns().isEmpty() || meta.shape().arrangement().byDate()) {
            sources.sort(Comparator.comparing((Read r) -> r.source().date().orElse(LocalDate.MAX))
                    .thenComparing(r -> r.file().name(), String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(r -> r.file().name()));
        }
        ColumnIds ids = new ColumnIds();
        List<Column> columns = new ArrayList<>();
        Map<String, Path> titles = new HashMap<>();
        for (Read read : sources) {
            Column column = toColumn(read.source(), ids.next(read.file().stem()), meta);
            Path earlier = titles.putIfAbsent(column.title(), column.file());
            if (earlier != null) {
                reporter.warn(new Warning("columns with the same title as another", column.file(), 0,
                        "has the same title as " + slashes(directory.relativize(earlier)) + " ('" + column.title()
                        + "'). Both are kept; readers of the contents may confuse them."));
            }
            columns.add(column);
        }
        List<Part> parts = new PartMaker(directory, meta, markdown, images, reporter)
                .parts(columns, partIndex(files, meta.shape()));
        if (!parts.isEmpty()) {
            // by-tag groups columns out of date order: the book reads part by part
            Map<String, Column> byId = new HashMap<>();
            columns.forEach(column -> byId.put(column.id(), column));
            columns = parts.stream().flatMap(part -> part.columns().stream()).map(byId::get).toList();
        }
        MatterReader.Read matter = new MatterReader(directory, meta, markdown, images, reporter).read();
        Typography bookTypography = Typography.forLanguage(meta.language());
        Book book = new Book(directory, bookTypography.apply(meta.title()),
                meta.subtitle().map(bookTypography::apply), meta.authors(), meta.language(), meta.publisher(),
                meta.identifier(), meta.date(), meta.rights(), meta.description(), meta.edition(),
                meta.cover(), columns, meta.labels(), meta.print(), matter.front(), parts, matter.back(), List.of());
        return IndexPass.apply(book, meta.index(), reporter);
    }

    /**
     * For a book with {@code parts:}, each column file to the index of the part that lists it. The files are
     * in the order listed (every part's in turn), as there was no mistake in the list.
     */
    private static Map<Path, Integer> partIndex(List<ColumnFiles.ColumnFile> files, ShapeSection shape) {
        Map<Path, Integer> index = new HashMap<>();
        int file = 0;
        for (int part = 0; part < shape.parts().size(); part++) {
            for (int k = 0; k < shape.parts().get(part).columns().size(); k++) {
                index.put(files.get(file++).file(), part);
            }
        }
        return index;
    }

    /** The column, dated by a Jekyll file name when it says no date itself; empty for a draft. */
    private Optional<ColumnSource> readColumn(ColumnFiles.ColumnFile column, ImageFiles images,
            BookMetadata meta) {
        Path file = column.file();
        String text = SourceText.read(file, reporter);
        Optional<ColumnSource> source = column.markdown()
                ? markdown.read(file, text, images, meta.labels(), reporter, meta.strict())
                : Optional.of(plainText.read(file, text, reporter));
        return source.map(s -> s.date().isPresent() ? s : s.withDate(column.nameDate()));
    }

    private static Column toColumn(ColumnSource source, String id, BookMetadata book) {
        String language = source.language().orElse(book.language());
        Typography typography = Typography.forLanguage(language);
        TypographyPass pass = new TypographyPass(typography);
        List<Footnote> footnotes = source.footnotes().stream()
                .map(note -> new Footnote(note.number(), pass.blocks(note.blocks()))).toList();
        Optional<Year> year = source.date().map(Year::from).or(() -> source.copyright().flatMap(BookReader::year));
        return new Column(id, source.file(), typography.apply(source.title()),
                source.subtitle().map(typography::apply),
                source.authors().isEmpty() ? book.authors() : source.authors(), source.date(), year,
                source.source().map(typography::apply), language, source.tags(), pass.blocks(source.body()),
                footnotes, pass.blocks(source.bio()), source.copyright());
    }

    /** The last year named in a copyright line: "© Wim Aalbers 2009" gives 2009. */
    static Optional<Year> year(String copyright) {
        Matcher m = YEAR.matcher(copyright);
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return Optional.ofNullable(found).map(Year::parse);
    }

    /** A path inside the book as a message shows it: relative to the book folder, with forward slashes. */
    static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot list " + folder + ": " + e, e);
        }
    }
}
