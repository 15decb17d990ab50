package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Labels;
import org.columnpress.core.Reporter;

/**
 * What {@code book.yaml} says (with the POM's defaults where it is silent). {@code strict} is about
 * reading, not the book: with it, column front matter may hold only our own keys.
 */
record BookMetadata(
        String title,
        Optional<String> subtitle,
        List<String> authors,
        String language,
        Optional<String> publisher,
        String identifier,
        Optional<LocalDate> date,
        Optional<String> rights,
        Optional<String> description,
        Optional<String> edition,
        Optional<Path> cover,
        List<YamlMap.Item> columns,
        Labels labels,
        boolean strict) {

    static final String FILE_NAME = "book.yaml";
    static final List<String> KEYS = List.of("title", "subtitle", "author", "language", "publisher",
            "identifier", "date", "rights", "description", "edition", "cover", "columns", "labels", "strict");

    static BookMetadata read(Path directory, BookDefaults defaults, ImageFiles images, Reporter reporter) {
        Path file = directory.resolve(FILE_NAME);
        YamlMap yaml = Files.exists(file)
                ? YamlMap.parse(file, SourceText.read(file, reporter), 1)
                : YamlMap.parse(file, "", 1);
        yaml.requireKnownKeys(KEYS);
        Optional<String> title = yaml.nonBlank("title").or(defaults::title).filter(t -> !t.isBlank());
        if (title.isEmpty()) {
            throw new InputException(file, yaml.lineOf("title"), Files.exists(file)
                    ? "the book has no title. Add a line 'title: Your title'."
                    : "there is no book.yaml, and the build gives no title. Create " + file
                            + " with a line 'title: Your title'.");
        }
        List<String> authors = yaml.strings("author").stream().map(YamlMap.Item::value).toList();
        if (authors.isEmpty()) {
            authors = defaults.authors();
        }
        String language = Languages.tag(yaml, "language").orElse("en");
        String identifier = Identifiers.identifier(yaml, title.get(), authors);
        Optional<Path> cover = yaml.nonBlank("cover").map(ref -> images.resolve(file, yaml.lineOf("cover"),
                ref, EnumSet.of(ImageFiles.Format.PNG, ImageFiles.Format.JPEG)));
        List<YamlMap.Item> columns = yaml.keys().contains("columns") ? yaml.strings("columns") : List.of();
        Labels labels = LabelBundles.labels(language, yaml);
        return new BookMetadata(title.get(), yaml.nonBlank("subtitle"), authors, language,
                yaml.nonBlank("publisher").or(defaults::publisher), identifier, yaml.date("date"),
                yaml.nonBlank("rights"), yaml.nonBlank("description").or(defaults::description),
                yaml.nonBlank("edition"), cover, columns, labels, yaml.flag("strict").orElse(false));
    }
}
