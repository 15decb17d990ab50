package org.columnpress.render.epub;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.imageio.ImageIO;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;

/** Books built in code, as the book reader would build them. */
final class TestBooks {

    static final String SEED = "books/seed/columns/000_696a874dd5a2c124.txt";

    private TestBooks() {
    }

    static Labels labels(String language) {
        Properties words = new Properties();
        try (InputStream in = Book.class.getResourceAsStream("labels_" + language + ".properties")) {
            words.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Label, String> map = new EnumMap<>(Label.class);
        for (Label label : Label.values()) {
            map.put(label, words.getProperty(label.key()));
        }
        return new Labels(language, map);
    }

    /**
     * The seed column, read the simple way its plain text is laid out: title, a stray web line, the
     * subtitle, the byline, paragraphs, three lines of bio and the copyright line.
     */
    static Book seed(Path directory) throws IOException {
        List<String> parts = new ArrayList<>();
        try (InputStream in = TestBooks.class.getClassLoader().getResourceAsStream(SEED)) {
            for (String part : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
                parts.add(part.strip());
            }
        }
        int n = parts.size();
        List<Block> body = parts.subList(4, n - 4).stream().map(TestBooks::paragraph).toList();
        List<Block> bio = List.of(paragraph(String.join(" ", parts.subList(n - 4, n - 1))));
        Column column = new Column("000_696a874dd5a2c124", directory.resolve("columns/seed.txt"),
                parts.get(0), Optional.of(parts.get(2)), List.of("Wim Aalbers"), Optional.empty(),
                Optional.of(Year.of(2009)), Optional.empty(), "nl", List.of(), body, List.of(), bio,
                Optional.of(parts.get(n - 1)));
        return book(directory, parts.get(0), Optional.empty(), "nl", List.of(column), Optional.empty());
    }

    static Book threeColumns(Path directory) {
        List<Column> columns = new ArrayList<>();
        String[] titles = {"De brug bij Zwolle", "Water en vuur", "Een laatste woord"};
        for (int i = 0; i < titles.length; i++) {
            columns.add(column(directory, "c" + (i + 1), titles[i], "nl",
                    List.of(paragraph("Eerste alinea van column " + (i + 1) + ", over " + titles[i] + "."),
                            new Block.Heading(2, List.of(new Inline.Text("Een tussenkop"))),
                            paragraph("Tweede alinea van column " + (i + 1) + " met ‘aanhalingstekens’ – en meer…")),
                    List.of(), Optional.of("NRC Handelsblad"), Optional.of(LocalDate.of(2009, 3, i + 1))));
        }
        return book(directory, "Columns uit de polder", Optional.of("Verzameld werk"), "nl", columns,
                Optional.empty());
    }

    /** Everything that could go wrong in markup, in one book. */
    static Book edgeCases(Path directory) throws IOException {
        Path images = Files.createDirectories(directory.resolve("images"));
        Path picture = picture(images.resolve("grafiek.png"), "png");
        Path cover = picture(images.resolve("cover.jpg"), "jpg");
        List<Block> body = List.of(
                new Block.Paragraph(List.of(new Inline.Text("Tekst met & < > \" ' en een voetnoot"),
                        new Inline.FootnoteRef(1), new Inline.Text(". "),
                        new Inline.Emphasis(List.of(new Inline.Text("<b>niet vet</b>"))), new Inline.Text(" "),
                        new Inline.Link("https://example.org/?a=1&b=2", List.of(new Inline.Text("een link"))),
                        new Inline.Text(" en "),
                        new Inline.Link("javascript:alert(1)", List.of(new Inline.Text("een valse link"))),
                        new Inline.LineBreak(), new Inline.Code("<script>alert('x')</script>"),
                        new Inline.Text(" Nul\u0000teken."))),
                new Block.Table(List.of(Block.Alignment.LEFT, Block.Alignment.RIGHT),
                        List.of(row("Jaar", "Aantal & meer")), List.of(row("2009", "12"), row("2010", "<14>"))),
                new Block.Image(picture, "Een grafiek van het aantal lezers per jaar", "Lezers per jaar"),
                new Block.ListBlock(true, 3, List.of(new Block.ListItem(List.of(paragraph("drie"))),
                        new Block.ListItem(List.of(paragraph("vier"))))),
                new Block.BlockQuote(List.of(paragraph("Een citaat."))),
                new Block.CodeBlock("html", "<p>rauw & onbewerkt</p>"),
                new Block.ThematicBreak(),
                paragraph("Slot."));
        Column special = new Column("special", directory.resolve("columns/special.md"),
                "Tom & Jerry <script>alert(\"x\")</script> > 1", Optional.of(""), List.of("A. Schrijver", "B. Schrijver"),
                Optional.of(LocalDate.of(2020, 1, 31)), Optional.empty(), Optional.of("De Krant & Co"), "nl",
                List.of(), body, List.of(new Footnote(1, List.of(paragraph("De voetnoot <i>zelf</i>.")))),
                List.of(paragraph("A. Schrijver schrijft.")), Optional.of("© A. Schrijver 2020"));
        Column english = column(directory, "english", "A column in English", "en",
                List.of(paragraph("This one is written in English, in a Dutch book.")), List.of(),
                Optional.of("The Guardian"), Optional.empty());
        return book(directory, "Randgevallen & <rariteiten>", Optional.empty(), "nl",
                List.of(special, english), Optional.of(cover));
    }

    static Block paragraph(String text) {
        return new Block.Paragraph(List.of(new Inline.Text(text)));
    }

    private static Block.Row row(String... cells) {
        return new Block.Row(java.util.Arrays.stream(cells)
                .map(c -> new Block.Cell(List.of(new Inline.Text(c)))).toList());
    }

    private static Path picture(Path file, String format) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 80);
        g.setColor(Color.DARK_GRAY);
        g.fillRect(10, 40, 20, 30);
        g.fillRect(50, 20, 20, 50);
        g.fillRect(90, 10, 20, 60);
        g.dispose();
        ImageIO.write(image, format, file.toFile());
        return file;
    }

    static Column column(Path directory, String id, String title, String language, List<Block> body,
            List<Footnote> notes, Optional<String> source, Optional<LocalDate> date) {
        return new Column(id, directory.resolve("columns/" + id + ".md"), title, Optional.empty(),
                List.of("Wim Aalbers"), date, Optional.empty(), source, language, List.of(), body, notes,
                List.of(), Optional.of("© Wim Aalbers 2009"));
    }

    static Book book(Path directory, String title, Optional<String> subtitle, String language,
            List<Column> columns, Optional<Path> cover) {
        return new Book(directory, title, subtitle, List.of("Wim Aalbers"), language,
                Optional.of("Uitgeverij Kolom"), "urn:uuid:7d3f0a52-6a0e-4a8b-9c1e-5b3c2d1e0f42",
                Optional.of(LocalDate.of(2026, 11, 1)), Optional.of("© 2026 Wim Aalbers"),
                Optional.of("Columns over werk & klanten."), Optional.of("1"), cover, columns, labels(language));
    }
}
