package org.columnpress.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;

/** Books built in code for the tests, and a reporter that records. */
public final class TestBooks {

    public static final Instant TIMESTAMP = Instant.parse("2026-11-26T00:00:00Z");

    private TestBooks() {
    }

    public static Labels labels(String language) {
        Properties words = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream("labels_" + language + ".properties")) {
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<Label, String> map = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            map.put(label, words.getProperty(label.key()));
        }
        return new Labels(language, map);
    }

    public static Block.Paragraph p(Object... parts) {
        List<Inline> inlines = new ArrayList<>();
        for (Object part : parts) {
            inlines.add(part instanceof Inline inline ? inline : new Inline.Text(part.toString()));
        }
        return new Block.Paragraph(inlines);
    }

    public static Column column(String id, String title, String language, List<Block> body) {
        return column(id, title, language, body, List.of());
    }

    public static Column column(String id, String title, String language, List<Block> body,
            List<Footnote> footnotes) {
        return new Column(id, Path.of("columns", id + ".md"), title, Optional.of("Over " + title.toLowerCase()),
                List.of("Wim Aalbers"), Optional.of(LocalDate.of(2009, 3, 3)), Optional.empty(),
                Optional.of("NRC Handelsblad"), language, List.of(), body, footnotes,
                List.of(p("Wim Aalbers werkt aan Beweging in de Zaak.")),
                Optional.of("© Wim Aalbers 2009"));
    }

    public static Book book(String title, List<Column> columns) {
        return new Book(Path.of("target/test-book").toAbsolutePath(), title, Optional.of("Columns uit de praktijk"),
                List.of("Wim Aalbers"), "nl", Optional.of("Uitgeverij Kolom"), "urn:isbn:9789012345678",
                Optional.of(LocalDate.of(2010, 5, 1)), Optional.of("© 2010 Wim Aalbers. Alle rechten voorbehouden."),
                Optional.of("Columns over ondernemen"), Optional.of("Eerste druk"), Optional.empty(), columns,
                labels("nl"));
    }

    public static RenderOptions options(Map<String, String> settings, Reporter reporter) {
        return new RenderOptions(settings, Path.of("").toAbsolutePath(), TIMESTAMP, reporter);
    }
}
