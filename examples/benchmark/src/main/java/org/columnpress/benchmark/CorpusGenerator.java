package org.columnpress.benchmark;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Writes a book folder of N columns: {@code book.yaml}, Markdown columns with front matter (title,
 * subtitle, date, source, language), emphasis, lists, block quotes, a footnote every fourth column and
 * an image every tenth (one small PNG in {@code images/}). The same seed gives the same files.
 */
public final class CorpusGenerator {

    private static final String[] SOURCES = {"De Volkskrant", "NRC", "The Harbour Review", "Trouw",
        "The Weekly Ledger", "Het Parool"};

    private final long seed;

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** Writes the book into {@code folder} (created; must not hold another book). */
    public void write(Path folder, int columns) {
        write(folder, columns, 0);
    }

    /**
     * Writes the book with an index of {@code terms} terms (none for 0: then the same bytes as
     * {@link #write(Path, int)}): {@code index: index.yaml} in book.yaml, and in {@code index.yaml} a few
     * words of the prose (with {@code find:} words in both languages and {@code see-also:}) and, for the
     * rest, people whom the columns name (one sentence's subject in six is one of them, by full name or
     * surname alone; {@code find:} both), so every term really occurs.
     */
    public void write(Path folder, int columns, int terms) {
        try {
            Files.createDirectories(folder.resolve("columns"));
            Files.createDirectories(folder.resolve("images"));
            String yaml = bookYaml(columns);
            List<Prose.Person> people = people(Math.max(0, terms - WORD_TERMS.size()));
            if (terms > 0) {
                yaml += "index: index.yaml\n";
                Files.writeString(folder.resolve("index.yaml"), indexYaml(terms, people), StandardCharsets.UTF_8);
            }
            Files.writeString(folder.resolve("book.yaml"), yaml, StandardCharsets.UTF_8);
            writeImage(folder.resolve("images/figure.png"));
            Random random = new Random(seed);
            Prose prose = new Prose(random, people);
            LocalDate date = LocalDate.of(2004, 1, 9);
            for (int i = 1; i <= columns; i++) {
                String name = String.format("%05d-%s.md", i, date);
                Files.writeString(folder.resolve("columns").resolve(name),
                        column(i, date, random, prose), StandardCharsets.UTF_8);
                date = date.plusDays(7);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the corpus in " + folder, e);
        }
    }

    /**
     * The same book with {@code photos} photographs of 1600 x 1000 pixels spread over the columns
     * ({@code images/photo-NNNN.jpg}, JPEG at quality 0.9, as a camera or phone exports them): the
     * benchmark of image downsampling.
     */
    public void writeWithPhotos(Path folder, int columns, int photos) {
        write(folder, columns);
        try {
            Random random = new Random(seed + 1);
            for (int i = 1; i <= photos; i++) {
                writePhoto(folder.resolve(String.format("images/photo-%04d.jpg", i)), 1600, 1000, random);
                Path column;
                try (var files = Files.list(folder.resolve("columns"))) {
                    column = files.sorted().skip((long) (i - 1) * columns / photos).findFirst().orElseThrow();
                }
                Files.writeString(column, String.format("%n![A photograph, number %d](../images/photo-%04d.jpg)%n", i, i),
                        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the photos in " + folder, e);
        }
    }

    /**
     * A photograph's statistics without a camera: four octaves of smooth value noise per channel (sky,
     * shapes, texture) and sensor grain, so JPEG compresses it about as well as a real photo.
     */
    private static void writePhoto(Path file, int width, int height, Random random) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] cells = {3, 12, 48, 192};
        float[] weights = {0.55f, 0.25f, 0.12f, 0.08f};
        float[][][] grids = new float[cells.length][3][];
        for (int o = 0; o < cells.length; o++) {
            for (int c = 0; c < 3; c++) {
                grids[o][c] = new float[(cells[o] + 2) * (cells[o] + 2)];
                for (int k = 0; k < grids[o][c].length; k++) {
                    grids[o][c][k] = random.nextFloat();
                }
            }
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float v = 0;
                    for (int o = 0; o < cells.length; o++) {
                        int n = cells[o];
                        float gx = (float) x * n / width;
                        float gy = (float) y * n / height;
                        int cx = (int) gx;
                        int cy = (int) gy;
                        float fx = gx - cx;
                        float fy = gy - cy;
                        fx = fx * fx * (3 - 2 * fx);
                        fy = fy * fy * (3 - 2 * fy);
                        float[] g = grids[o][c];
                        int i = cy * (n + 2) + cx;
                        float top = g[i] + (g[i + 1] - g[i]) * fx;
                        float bottom = g[i + n + 2] + (g[i + n + 3] - g[i + n + 2]) * fx;
                        v += weights[o] * (top + (bottom - top) * fy);
                    }
                    int value = (int) (v * 255) + random.nextInt(9) - 4;
                    rgb = rgb << 8 | Math.max(0, Math.min(255, value));
                }
                row[x] = rgb;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (var out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new javax.imageio.IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }

    /**
     * Writes a book of one very long Dutch column of at least {@code characters} characters: paragraphs of
     * prose, a few with emphasis, and a heading every forty paragraphs.
     */
    public void writeLongColumn(Path folder, int characters) {
        try {
            Files.createDirectories(folder.resolve("columns"));
            Files.writeString(folder.resolve("book.yaml"), "title: Eén lange column\nauthor: Wim Aalbers\n"
                    + "language: nl\ndate: 2026-11-26\n", StandardCharsets.UTF_8);
            Prose prose = new Prose(new Random(seed));
            StringBuilder md = new StringBuilder("---\ntitle: Tien megabyte\nsubtitle: Een column zonder einde\n---\n\n");
            for (int p = 1; md.length() < characters; p++) {
                if (p % 40 == 0) {
                    md.append("## Deel ").append(p / 40 + 1).append("\n\n");
                }
                md.append(prose.paragraph("nl")).append("\n\n");
            }
            Files.writeString(folder.resolve("columns/lang.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the long column in " + folder, e);
        }
    }

    /** Index terms from the prose's own words: term, its words in Dutch and English, see-also. */
    private static final List<String[]> WORD_TERMS = List.of(
            new String[] {"dienstregeling", "dienstregeling, timetable", "conducteur"},
            new String[] {"conducteur", "conducteur, ticket inspector", ""},
            new String[] {"fietspad", "fietspad, cycle path", "fietsenmaker"},
            new String[] {"fietsenmaker", "fietsenmaker, bicycle mechanic", ""},
            new String[] {"koffieautomaat", "koffieautomaat, coffee machine", ""},
            new String[] {"waterschap", "waterschap, water board", ""});

    private static final String[] FIRST_NAMES = {"Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gerrit",
        "Hanna", "Ilse", "Joost", "Karin", "Lars", "Maaike", "Niels", "Olga", "Pieter", "Roos", "Sander", "Tessa",
        "Umar", "Vera", "Willem", "Yara", "Zeger"};
    private static final String[] SURNAME_STARTS = {"Ooster", "Wester", "Noorder", "Zuider", "Hoge", "Lange",
        "Groot", "Klein", "Nieuw", "Oud", "Brede", "Diep", "Holt", "Vliet", "Brug", "Kerk", "Molen", "Bosch",
        "Linde", "Eike", "Roze", "Zand", "Steen", "Water"};
    private static final String[] SURNAME_ENDS = {"veld", "brink", "kamp", "hout", "berg", "dijk", "beek", "hof",
        "horst", "laan", "meer", "sloot", "wijk", "dal", "gaard", "hoven", "werf", "poort", "haven", "land",
        "mond", "rode", "loo", "stein"};

    /** {@code count} people with surnames of their own (at most 576), in a fixed order. */
    static List<Prose.Person> people(int count) {
        if (count > SURNAME_STARTS.length * SURNAME_ENDS.length) {
            throw new IllegalArgumentException("at most " + (SURNAME_STARTS.length * SURNAME_ENDS.length + WORD_TERMS.size())
                    + " index terms");
        }
        List<Prose.Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            // walk the starts and ends diagonally, so neighbours in the list do not share a start
            String surname = SURNAME_STARTS[i % SURNAME_STARTS.length]
                    + SURNAME_ENDS[(i / SURNAME_STARTS.length + i) % SURNAME_ENDS.length];
            people.add(new Prose.Person(FIRST_NAMES[(i * 7) % FIRST_NAMES.length], surname));
        }
        return people;
    }

    /** The index file: the word terms first, then the people ("Oosterveld, Anna"), every tenth with a see-also. */
    private static String indexYaml(int terms, List<Prose.Person> people) {
        StringBuilder yaml = new StringBuilder();
        for (String[] word : WORD_TERMS.subList(0, Math.min(terms, WORD_TERMS.size()))) {
            yaml.append("- term: ").append(word[0]).append("\n  find: [").append(word[1]).append("]\n");
            if (!word[2].isEmpty() && terms >= WORD_TERMS.size()) {
                yaml.append("  see-also: [").append(word[2]).append("]\n");
            }
        }
        for (int i = 0; i < people.size(); i++) {
            Prose.Person person = people.get(i);
            yaml.append("- term: ").append(person.surname()).append(", ").append(person.first())
                    .append("\n  find: [").append(person.fullName()).append(", ").append(person.surname()).append("]\n");
            if (i % 10 == 9) {
                Prose.Person previous = people.get(i - 1);
                yaml.append("  see-also: [\"").append(previous.surname()).append(", ").append(previous.first())
                        .append("\"]\n");
            }
        }
        return yaml.toString();
    }

    private static String bookYaml(int columns) {
        return "title: Twintig jaar columns\n"
                + "subtitle: " + columns + " stukjes over werk, wachten en winkels\n"
                + "author:\n  - Wim Aalbers\n  - Thomas Hale\n"
                + "language: nl\n"
                + "publisher: Uitgeverij De Kade\n"
                + "identifier: urn:uuid:0b9a8f3e-1c2d-4e5f-8a7b-6c5d4e3f2a1b\n"
                + "date: 2026-11-26\n"
                + "rights: © 2004–2026 de auteurs.\n";
    }

    private static String column(int number, LocalDate date, Random random, Prose prose) {
        String language = random.nextInt(3) == 0 ? "en" : "nl";
        StringBuilder md = new StringBuilder()
                .append("---\n")
                .append("title: ").append(prose.title(language)).append(' ').append(number).append('\n')
                .append("subtitle: ").append(capitalised(prose.adjunct(language))).append('\n')
                .append("date: ").append(date).append('\n')
                .append("source: ").append(SOURCES[random.nextInt(SOURCES.length)]).append('\n')
                .append("language: ").append(language).append('\n')
                .append("---\n\n");
        int paragraphs = 6 + random.nextInt(5);
        for (int p = 0; p < paragraphs; p++) {
            String text = prose.paragraph(language);
            if (p == 1 && number % 4 == 0) {
                text += "[^1]";
            }
            md.append(text).append("\n\n");
            if (p == 2 && number % 3 == 0) {
                for (int item = 0; item < 3 + random.nextInt(3); item++) {
                    md.append("- ").append(prose.sentence(language)).append('\n');
                }
                md.append('\n');
            }
            if (p == 3 && number % 5 == 0) {
                md.append("> ").append(prose.paragraph(language)).append("\n\n");
            }
            if (p == 4 && number % 10 == 0) {
                String alt = "nl".equals(language) ? "Een grijs vlak met een kader" : "A grey panel with a frame";
                md.append("![").append(alt).append("](../images/figure.png)\n\n");
            }
        }
        if (number % 4 == 0) {
            md.append("[^1]: ").append(prose.sentence(language)).append('\n');
        }
        return md.toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** A 120x80 grey panel with a dark frame; ImageIO's PNG writer gives the same bytes every time. */
    private static void writeImage(Path file) throws IOException {
        BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xDDDDDD));
        g.fillRect(0, 0, 120, 80);
        g.setColor(new Color(0x333333));
        g.drawRect(4, 4, 111, 71);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
