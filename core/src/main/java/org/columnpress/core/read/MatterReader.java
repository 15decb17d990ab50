package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Matter.Kind;
import org.columnpress.core.model.Matter.Place;
import org.columnpress.core.render.ImageFormat;

/**
 * Reads the front and back matter: each Markdown file in {@code front/} and {@code back/} says what it is
 * with {@code kind:} in its front matter, and is placed by its kind in the book trade's order whatever its
 * name; the half-title and a colophon are made when book.yaml asks for them. Every file's mistakes are
 * reported at once.
 */
final class MatterReader {

    static final String FRONT = "front";
    static final String BACK = "back";
    private static final List<String> KEYS = List.of("kind", "title", "author", "photo", "language");

    private final Path directory;
    private final BookMetadata meta;
    private final MarkdownReader markdown;
    private final ImageFiles images;
    private final Reporter reporter;

    MatterReader(Path directory, BookMetadata meta, MarkdownReader markdown, ImageFiles images, Reporter reporter) {
        this.directory = directory;
        this.meta = meta;
        this.markdown = markdown;
        this.images = images;
        this.reporter = reporter;
    }

    /** The front and back matter, each in print order. */
    record Read(List<Matter> front, List<Matter> back) {
    }

    Read read() {
        ReadErrors errors = ReadErrors.files();
        Map<Place, Map<Kind, Matter>> placed = new EnumMap<>(Place.class);
        placed.put(Place.FRONT, new EnumMap<>(Kind.class));
        placed.put(Place.BACK, new EnumMap<>(Kind.class));
        for (Place folder : Place.values()) {
            for (Path file : files(folder)) {
                errors.attempt(() -> read(file, folder), Optional.<Matter>empty()).ifPresent(matter -> {
                    Place place = matter.kind().place().orElse(folder);
                    Matter earlier = placed.get(place).putIfAbsent(matter.kind(), matter);
                    if (earlier != null) {
                        errors.add(new InputException(file, 1, "is a second " + matter.kind().key() + ": "
                                + relative(earlier.file().orElseThrow()) + " is one too. A book has one; merge "
                                + "the two files or give this one another kind."));
                    }
                });
            }
        }
        errors.throwIfAny();
        Labels labels = meta.labels();
        if (meta.shape().halfTitle()) {
            placed.get(Place.FRONT).put(Kind.HALF_TITLE, new Matter(Kind.HALF_TITLE, Matter.idOf(Kind.HALF_TITLE),
                    Optional.empty(), meta.authors(), List.of(), Optional.empty(), Optional.empty(), meta.language()));
        }
        if (meta.shape().colophon()) {
            if (placed.get(Place.BACK).containsKey(Kind.COLOPHON)) {
                reporter.info(relative(placed.get(Place.BACK).get(Kind.COLOPHON).file().orElseThrow())
                        + " is the colophon: book.yaml's colophon: true makes none.");
            } else {
                placed.get(Place.BACK).put(Kind.COLOPHON, new Matter(Kind.COLOPHON, Matter.idOf(Kind.COLOPHON),
                        Optional.of(labels.get(Label.COLOPHON)), meta.authors(), List.of(), Optional.empty(),
                        Optional.empty(), meta.language()));
            }
        }
        return new Read(List.copyOf(placed.get(Place.FRONT).values()), List.copyOf(placed.get(Place.BACK).values()));
    }

    /** The Markdown files of {@code front/} or {@code back/}, by name; none when there is no such folder. */
    private List<Path> files(Place place) {
        Path folder = directory.resolve(place == Place.FRONT ? FRONT : BACK);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        for (Path path : BookReader.list(folder)) {
            String name = path.getFileName().toString();
            String lower = name.toLowerCase(Locale.ROOT);
            if (name.startsWith(".") || !Files.isRegularFile(path)) {
                continue;
            }
            if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
                files.add(path);
            } else if (lower.endsWith(".txt")) {
                reporter.warn(new Warning("front and back matter not in Markdown, left out", path, 0,
                        "left out of the book: front and back matter is read from Markdown files. Rename it to "
                        + name.substring(0, name.length() - 4) + ".md and give it front matter with kind:."));
            }
        }
        return files;
    }

    /** One file's matter, or empty when it is the half-title's (which is made, not read). */
    private Optional<Matter> read(Path file, Place folder) {
        MarkdownReader.Split split = MarkdownReader.split(file, SourceText.read(file, reporter));
        YamlMap yaml = split.frontMatter();
        yaml.requireKnownKeys(KEYS, " Front and back matter takes these keys only.");
        Kind kind = kind(file, yaml);
        if (kind.place().filter(place -> place != folder).isPresent()) {
            reporter.warn(new Warning("front and back matter in the other folder, placed by its kind", file, 1,
                    "a " + kind.key() + " belongs at the " + (folder == Place.FRONT ? "back" : "front") + " of "
                    + "a book, and is printed there. Move it to " + (folder == Place.FRONT ? BACK : FRONT)
                    + "/ to say so."));
        }
        String language = Languages.tag(yaml, "language").orElse(meta.language());
        Typography typography = Typography.forLanguage(language);
        List<Block> body = new ArrayList<>(markdown.blocks(file, split.markdown(), images, reporter,
                "the " + kind.key()));
        Optional<String> title = yaml.nonBlank("title");
        List<String> authors = yaml.strings("author").stream().map(YamlMap.Item::value).toList();
        if (kind.style() == Matter.Style.ALONE) {
            // printed alone, without a heading: a title would show nowhere, and a heading stays in the text
            if (title.isPresent()) {
                reporter.warn(new Warning("titles of pages printed without one", file, yaml.lineOf("title"),
                        "a " + kind.key() + " is printed alone, without a title: this one is not printed. "
                        + "Remove the line, or write the words into the text."));
            }
            title = Optional.empty();
        } else {
            if (title.isEmpty() && !body.isEmpty() && body.get(0) instanceof Block.Heading heading
                    && heading.level() == 1) {
                title = Optional.of(Inline.plainText(heading.content()).strip()).filter(t -> !t.isEmpty());
                body.remove(0);
            }
            if (title.isEmpty()) {
                title = kind.heading().map(label -> standardHeading(label, language, authors));
            }
        }
        Optional<Path> photo = yaml.nonBlank("photo").map(ref -> images.resolve(file, yaml.lineOf("photo"), ref,
                EnumSet.of(ImageFormat.PNG, ImageFormat.JPEG)));
        return Optional.of(new Matter(kind, Matter.idOf(kind), title.map(typography::apply), authors,
                new TypographyPass(typography).blocks(body), photo, Optional.of(file), language));
    }

    /**
     * The standard heading, in the file's language: "Voorwoord"; "Also by" names the book's authors where the
     * language's words end in "by" ("Also by Wim Aalbers"), as English puts it.
     */
    private String standardHeading(Label label, String language, List<String> authors) {
        Labels labels = language.equals(meta.language()) ? meta.labels() : Labels.standard(language);
        String word = labels.get(label);
        List<String> names = authors.isEmpty() ? meta.authors() : authors;
        return label == Label.ALSO_BY && word.endsWith(" by") && !names.isEmpty()
                ? word + " " + labels.joinNames(names) : word;
    }

    private Kind kind(Path file, YamlMap yaml) {
        Optional<String> key = yaml.nonBlank("kind");
        List<String> known = Kind.keys().stream().filter(k -> !k.equals(Kind.HALF_TITLE.key())).toList();
        if (key.isEmpty()) {
            throw new InputException(file, 1, "does not say what it is. Start it with front matter: a line ---, "
                    + "a line kind: followed by one of " + String.join(", ", known) + ", and a line ---.");
        }
        if (key.get().equals(Kind.HALF_TITLE.key())) {
            throw yaml.error(yaml.lineOf("kind"), "the half-title is made from the book's title. Remove this "
                    + "file and write half-title: true in book.yaml.");
        }
        return Kind.byKey(key.get()).orElseThrow(() -> yaml.error(yaml.lineOf("kind"), "'kind' cannot be '"
                + key.get() + "'." + CloseMatches.suggestion(key.get(), known) + " Choose one of "
                + String.join(", ", known) + "."));
    }

    private String relative(Path file) {
        return BookReader.slashes(directory.relativize(file));
    }
}
