package org.columnpress.core;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.model.Inline;
import org.columnpress.core.model.Labels;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.columnpress.core.render.RenderOptions;

/**
 * The books the tests of every module use, shared through core's test jar: book folders written on
 * disk and read by the real {@link BookReader} ({@link #folder}, {@link #seed}), and books built in
 * code, as the reader would build them, for the renderers ({@link #book}, {@link #column}, {@link #p}).
 */
public final class TestBooks {

    /** The instant the renderers stamp into their output in tests. */
    public static final Instant TIMESTAMP = Instant.parse("2026-11-26T00:00:00Z");

    /**
     * The seed column: a real column as a columnist's site publishes it (plain text, © line and all), in
     * the one-column book folder {@code books/seed} of core's test resources.
     */
    public static final String SEED = "books/seed/columns/000_696a874dd5a2c124.txt";
    private static final String SEED_YAML = "books/seed/book.yaml";

    private TestBooks() {
    }

    // Book folders, read by the real reader.

    /** An empty book folder at {@code dir}, to be filled by the test. */
    public static Folder folder(Path dir) {
        return new Folder(dir);
    }

    /** A book folder whose {@code book.yaml} holds the given text. */
    public static Folder folder(Path dir, String bookYaml) {
        return new Folder(dir).write("book.yaml", bookYaml);
    }

    /** Reads a book whose only column is {@code columns/<name>} with the given text. */
    public static Column readColumn(Path dir, String name, String text) {
        return folder(dir, "title: A book\nauthor: The Author\n").write("columns/" + name, text)
                .read().columns().get(0);
    }

    /** The seed book folder ({@code book.yaml} and the seed column), written to {@code dir} and read. */
    public static Book seed(Path dir) {
        return seedFolder(dir).read();
    }

    /** The seed book folder, written to {@code dir}. */
    public static Folder seedFolder(Path dir) {
        return folder(dir).copy(SEED_YAML, "book.yaml").seedColumn();
    }

    /** A book folder on disk, written by a test. */
    public static final class Folder {

        public final Path dir;
        /** What the reader said while reading this folder. */
        public final RecordingReporter reporter = new RecordingReporter();

        Folder(Path dir) {
            this.dir = dir;
        }

        public Folder write(String relative, String text) {
            return writeBytes(relative, text.getBytes(StandardCharsets.UTF_8));
        }

        public Folder writeBytes(String relative, byte[] bytes) {
            try {
                Path file = dir.resolve(relative);
                Files.createDirectories(file.getParent());
                Files.write(file, bytes);
                return this;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A class path resource (from any module's test resources), copied to {@code relative}. */
        public Folder copy(String resource, String relative) {
            try (InputStream in = TestBooks.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no resource " + resource + " on the class path");
                }
                return writeBytes(relative, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The seed column, as {@code columns/000_696a874dd5a2c124.txt}. */
        public Folder seedColumn() {
            return copy(SEED, "columns/" + Path.of(SEED).getFileName());
        }

        /** A tiny real PNG (4 by 3 pixels, black). */
        public Folder png(String relative) {
            return writeBytes(relative, picture(4, 3, "png"));
        }

        /**
         * A small bar chart (120 by 80 pixels) in the given ImageIO format ({@code png}, {@code jpg},
         * {@code gif}), for books whose pictures a person may look at.
         */
        public Folder image(String relative, String format) {
            return writeBytes(relative, picture(120, 80, format));
        }

        /**
         * A grey PNG whose header declares {@code width} by {@code height} pixels but that holds only its
         * first row, so that it takes a few hundred bytes whatever it declares (chunks and checksums valid).
         */
        public Folder pngDeclaring(String relative, int width, int height) {
            var out = new java.io.ByteArrayOutputStream();
            out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
            // 1 bit a pixel, grey, deflate, no filter, no interlace
            pngChunk(out, "IHDR", java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height)
                    .put(new byte[] {1, 0, 0, 0, 0}).array());
            var row = new java.io.ByteArrayOutputStream();
            try (var deflater = new java.util.zip.DeflaterOutputStream(row)) {
                deflater.write(new byte[1 + (width + 7) / 8]);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            pngChunk(out, "IDAT", row.toByteArray());
            pngChunk(out, "IEND", new byte[0]);
            return writeBytes(relative, out.toByteArray());
        }

        private static void pngChunk(java.io.ByteArrayOutputStream out, String type, byte[] data) {
            byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
            var crc = new java.util.zip.CRC32();
            crc.update(typeBytes);
            crc.update(data);
            out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
            out.writeBytes(typeBytes);
            out.writeBytes(data);
            out.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        }

        /**
         * A small WebP, made with Debian's cwebp 1.2.4 and kept in core's test resources: {@code lossy}
         * (VP8) and {@code lossless} (VP8L) are the 120 by 80 bar chart of {@link #image}, {@code alpha}
         * (VP8X, with transparency) a red disc on a 64 by 48 transparent canvas.
         */
        public Folder webp(String relative, String kind) {
            return copy(switch (kind) {
                case "lossy" -> "images/chart-lossy.webp";
                case "lossless" -> "images/chart-lossless.webp";
                case "alpha" -> "images/dot-alpha.webp";
                default -> throw new IllegalArgumentException("no WebP of kind " + kind);
            }, relative);
        }

        /**
         * A photo-like picture of the given size in pixels ({@code jpg} or {@code png}): smooth shapes with
         * fine grain, so that it compresses as a photograph does, not as a flat colour.
         */
        public Folder photo(String relative, int width, int height, String format) {
            return writeBytes(relative, TestBooks.photo(width, height, format, relative.hashCode()));
        }

        /**
         * A picture of one colour ({@code 0xRRGGBB}) of the given size in pixels ({@code jpg} or {@code png}),
         * for tests that tell images apart by their colour.
         */
        public Folder solid(String relative, int width, int height, int rgb, String format) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(new Color(rgb));
            g.fillRect(0, 0, width, height);
            g.dispose();
            return writeBytes(relative, encode(image, format));
        }

        /**
         * A PNG of random pixels (the same every time), which does not compress: about 3 bytes a pixel,
         * for tests of file sizes.
         */
        public Folder noise(String relative, int width, int height) {
            java.util.Random random = new java.util.Random(relative.hashCode());
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int[] row = new int[width];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    row[x] = random.nextInt(1 << 24);
                }
                image.setRGB(0, y, width, 1, row, 0, width);
            }
            return writeBytes(relative, encode(image, "png"));
        }

        public Path path(String relative) {
            return dir.resolve(relative);
        }

        /** Reads the folder with the real {@link BookReader}, reporting to {@link #reporter}. */
        public Book read() {
            return new BookReader(reporter).read(dir, BookDefaults.none());
        }
    }

    /**
     * A photo-like image: a few octaves of smooth value noise per channel, plus grain. The same seed gives
     * the same pixels; a JPEG of it is about as large as a photograph of that size.
     */
    public static byte[] photo(int width, int height, String format, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int cells = 8;
        float[][] grid = new float[3][(cells + 2) * (cells + 2)];
        for (float[] channel : grid) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = random.nextFloat();
            }
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            float gy = (float) y * cells / height;
            int cy = (int) gy;
            float fy = gy - cy;
            for (int x = 0; x < width; x++) {
                float gx = (float) x * cells / width;
                int cx = (int) gx;
                float fx = gx - cx;
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    float[] g = grid[c];
                    int i = cy * (cells + 2) + cx;
                    float top = g[i] + (g[i + 1] - g[i]) * fx;
                    float bottom = g[i + cells + 2] + (g[i + cells + 3] - g[i + cells + 2]) * fx;
                    float smooth = top + (bottom - top) * fy;
                    float ripple = (float) Math.sin((x + 3 * c) * 0.05 + Math.sin(y * 0.031) * 3) * 0.08f;
                    int v = (int) ((smooth * 0.8f + 0.1f + ripple) * 255) + random.nextInt(17) - 8;
                    rgb = rgb << 8 | Math.max(0, Math.min(255, v));
                }
                row[x] = rgb;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return encode(image, format);
    }

    /**
     * A wide-gamut RGB profile like Adobe RGB (1998): sRGB's own profile with Adobe RGB's primaries (D50
     * adapted, as ICC stores them) in place of sRGB's, made here so that no profile file is needed.
     */
    public static java.awt.color.ICC_Profile wideGamutProfile() {
        java.awt.color.ICC_Profile profile = java.awt.color.ICC_Profile.getInstance(
                java.awt.color.ICC_Profile.getInstance(java.awt.color.ColorSpace.CS_sRGB).getData());
        profile.setData(java.awt.color.ICC_Profile.icSigRedColorantTag, xyz(0.6097559, 0.3111145, 0.0194702));
        profile.setData(java.awt.color.ICC_Profile.icSigGreenColorantTag, xyz(0.2052401, 0.6256714, 0.0608902));
        profile.setData(java.awt.color.ICC_Profile.icSigBlueColorantTag, xyz(0.1492240, 0.0632141, 0.7445396));
        return profile;
    }

    private static byte[] xyz(double x, double y, double z) {
        java.nio.ByteBuffer tag = java.nio.ByteBuffer.allocate(20).put("XYZ ".getBytes(StandardCharsets.US_ASCII)).putInt(0);
        for (double v : new double[] {x, y, z}) {
            tag.putInt((int) Math.round(v * 65536));
        }
        return tag.array();
    }

    /**
     * A JPEG of one colour, given as {@code r, g, b} in {@code profile}'s colour space, with that profile
     * embedded (ImageIO's JPEG writer embeds the profile of an image's colour space).
     */
    public static byte[] jpegInProfile(int width, int height, java.awt.color.ICC_Profile profile, int r, int g, int b) {
        var model = new java.awt.image.ComponentColorModel(new java.awt.color.ICC_ColorSpace(profile), false, false,
                java.awt.Transparency.OPAQUE, java.awt.image.DataBuffer.TYPE_BYTE);
        var raster = model.createCompatibleWritableRaster(width, height);
        int[] pixel = {r, g, b};
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                raster.setPixel(x, y, pixel);
            }
        }
        byte[] jpeg = encode(new BufferedImage(model, raster, false, null), "jpg");
        if (!new String(jpeg, StandardCharsets.ISO_8859_1).contains("ICC_PROFILE")) {
            throw new IllegalStateException("ImageIO wrote the JPEG without its ICC profile");
        }
        return jpeg;
    }

    /**
     * A JPEG whose stored pixels lie on their side, as a camera writes them, with an EXIF orientation that
     * says how to turn them: {@code width} x {@code height} white pixels as stored, with a red block in the
     * stored top left corner (a quarter of each side), and an Exif APP1 segment (big-endian TIFF, one
     * entry: Orientation) right after the start of the image.
     */
    public static byte[] jpegWithOrientation(int width, int height, int orientation) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 4, height / 4);
        g.dispose();
        byte[] jpeg = encode(image, "jpg");
        java.nio.ByteBuffer tiff = java.nio.ByteBuffer.allocate(26).putShort((short) 0x4D4D).putShort((short) 42)
                .putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = ("Exif\0\0").getBytes(StandardCharsets.ISO_8859_1);
        var out = new java.io.ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + exif.length + tiff.capacity();
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(exif);
        out.writeBytes(tiff.array());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /**
     * An SVG that tries everything an SVG can to run code or reach outside itself: external entities (a
     * local file and {@code http://127.0.0.1:<port>/}), a script, event attributes, foreignObject, and
     * {@code http:}, {@code file:} and {@code javascript:} references. Listen on {@code port} to see that
     * nothing is fetched. It draws a green rectangle that must survive.
     */
    public static String hostileSvg(int port) {
        String server = "http://127.0.0.1:" + port;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE svg [\n  <!ENTITY secret SYSTEM \"file:///etc/passwd\">\n"
                + "  <!ENTITY remote SYSTEM \"" + server + "/entity\">\n]>\n"
                + "<?xml-stylesheet href=\"" + server + "/style.css\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " width=\"120\" height=\"60\" viewBox=\"0 0 120 60\" onload=\"alert(1)\">\n"
                + "  <script>alert(2)</script>\n"
                + "  <rect id=\"r\" width=\"120\" height=\"60\" fill=\"#33aa66\" onclick=\"steal()\"/>\n"
                + "  <text x=\"10\" y=\"30\">&secret;&remote;</text>\n"
                + "  <image href=\"" + server + "/pixel.png\" width=\"10\" height=\"10\"/>\n"
                + "  <image xlink:href=\"file:///etc/hosts\" x=\"20\" width=\"10\" height=\"10\"/>\n"
                + "  <image xlink:href=\"/etc/hostname\" x=\"40\" width=\"10\" height=\"10\"/>\n"
                + "  <a xlink:href=\"javascript:alert(3)\"><circle cx=\"90\" cy=\"30\" r=\"8\""
                + " style=\"fill:url(" + server + "/paint#p)\"/></a>\n"
                + "  <use xlink:href=\"#r\" opacity=\"0.1\"/>\n"
                + "  <foreignObject width=\"50\" height=\"20\"><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>\n"
                + "</svg>\n";
    }

    private static byte[] encode(BufferedImage image, String format) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalArgumentException("no ImageIO writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] picture(int width, int height, String format) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        if (width > 4) {
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setColor(Color.DARK_GRAY);
            for (int bar = 0; bar < 3; bar++) {
                int top = height / 8 * (5 - 2 * bar);
                g.fillRect(width / 12 + bar * width / 3, top, width / 6, height - top - height / 8);
            }
            g.dispose();
        }
        return encode(image, format);
    }

    // Books built in code.

    public static Labels labels(String language) {
        return Labels.standard(language);
    }

    /** A paragraph of strings (as text) and inlines. */
    public static Block.Paragraph p(Object... parts) {
        List<Inline> inlines = new ArrayList<>();
        for (Object part : parts) {
            inlines.add(part instanceof Inline inline ? inline : new Inline.Text(part.toString()));
        }
        return new Block.Paragraph(inlines);
    }

    public static Block.Paragraph paragraph(String text) {
        return p(text);
    }

    /**
     * A column with everything a column can have around its body: {@code columns/<id>.md}, the subtitle
     * "Over <title>", Wim Aalbers on 3 March 2009 in NRC Handelsblad, a bio and a copyright line.
     */
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

    /**
     * A plainer column: {@code <directory>/columns/<id>.md} by Wim Aalbers, with the given source and
     * date, no subtitle, no bio, and a copyright line.
     */
    public static Column column(Path directory, String id, String title, String language, List<Block> body,
            List<Footnote> notes, Optional<String> source, Optional<LocalDate> date) {
        return new Column(id, directory.resolve("columns/" + id + ".md"), title, Optional.empty(),
                List.of("Wim Aalbers"), date, Optional.empty(), source, language, List.of(), body, notes,
                List.of(), Optional.of("© Wim Aalbers 2009"));
    }

    /** A Dutch book in {@code target/test-book} with every piece of metadata a book can have but a cover. */
    public static Book book(String title, List<Column> columns) {
        return new Book(Path.of("target/test-book").toAbsolutePath(), title, Optional.of("Columns uit de praktijk"),
                List.of("Wim Aalbers"), "nl", Optional.of("Uitgeverij Kolom"), "urn:isbn:9789012345678",
                Optional.of(LocalDate.of(2010, 5, 1)), Optional.of("© 2010 Wim Aalbers. Alle rechten voorbehouden."),
                Optional.of("Columns over ondernemen"), Optional.of("Eerste druk"), Optional.empty(), columns,
                labels("nl"));
    }

    /** A book in {@code directory} by Wim Aalbers, with a publisher, a UUID, a date and rights. */
    public static Book book(Path directory, String title, Optional<String> subtitle, String language,
            List<Column> columns, Optional<Path> cover) {
        return new Book(directory, title, subtitle, List.of("Wim Aalbers"), language,
                Optional.of("Uitgeverij Kolom"), "urn:uuid:7d3f0a52-6a0e-4a8b-9c1e-5b3c2d1e0f42",
                Optional.of(LocalDate.of(2026, 11, 1)), Optional.of("© 2026 Wim Aalbers"),
                Optional.of("Columns over werk & klanten."), Optional.of("1"), cover, columns, labels(language));
    }

    /** A one-column book showing the three WebP images of {@link Folder#webp} (lossy, lossless, alpha). */
    public static Book webpBook(Path dir) {
        return folder(dir, "title: WebP\nauthor: The Author\n")
                .webp("images/chart.webp", "lossy").webp("images/chart-lossless.webp", "lossless")
                .webp("images/dot.webp", "alpha")
                .write("columns/c.md", "# Pictures\n\n![A bar chart](../images/chart.webp)\n\n"
                        + "![The same chart, lossless](../images/chart-lossless.webp)\n\n"
                        + "![A red disc](../images/dot.webp)\n")
                .read();
    }

    /**
     * A Hugo blog's {@code content/posts} copied into {@code columns/} as it is (the text written for the
     * tests, the shapes real): page bundles with a WebP beside the post, shortcodes (figure, notice,
     * youtube), theme keys, a draft, a post with TOML front matter (Hugo's default), the section's
     * {@code _index.md}, and a series one level deeper whose {@code _index.md} has TOML front matter and
     * whose first part keeps its PNG under {@code assets/}.
     */
    public static Folder hugoBlog(Path dir) {
        return folder(dir, "title: Notes from the Lake\nauthor: Sam Porter\nlanguage: en\n")
                .write("columns/_index.md", "---\ntitle: Posts\n---\nAll the posts, newest first.\n")
                .write("columns/first-frost/index.md", """
                        ---
                        title: First frost
                        date: 2020-11-26T07:30:00Z
                        draft: false
                        tags: [weather, lake]
                        description: Gloves come out of the drawer
                        aliases: [/posts/frost/]
                        featured_image: frost.webp
                        ---
                        The lake froze along its edge overnight.

                        {{< figure src="frost.webp" alt="Frost on the window" caption="The first frost on the kitchen window" >}}

                        {{< notice tip >}}
                        Wear gloves before you touch the railing.
                        {{< /notice >}}

                        {{< youtube dQw4w9WgXcQ >}}
                        """)
                .webp("columns/first-frost/frost.webp", "lossy")
                .write("columns/late-swim/index.md", """
                        +++
                        title = 'A late swim'
                        date = 2019-09-14T18:05:00+02:00
                        categories = ['lake']
                        +++
                        The water kept the summer a week longer than the air did.
                        """)
                .write("columns/summer-plans/index.md", "---\ntitle: Summer plans\ndate: 2021-06-01\ndraft: true\n"
                        + "---\nNot written yet.\n")
                .write("columns/ice-diary/_index.md", "+++\ntitle = 'Ice diary'\n+++\nA winter, week by week.\n")
                .write("columns/ice-diary/week-1/index.md", """
                        ---
                        title: "Ice diary: the first week"
                        date: 2021-01-04
                        series: [Ice diary]
                        ---
                        The ice holds a heron, not yet a person.

                        ![Ice along the jetty](assets/jetty.png)
                        """)
                .image("columns/ice-diary/week-1/assets/jetty.png", "png")
                .write("columns/ice-diary/week-2/index.md", """
                        ---
                        title: "Ice diary: the second week"
                        date: 2021-01-11
                        series: [Ice diary]
                        ---
                        Skates on the ice, and a dog that will not follow them.
                        """);
    }

    /**
     * A Jekyll post that shows its pictures with raw HTML, as many do (the text written for the tests, the
     * shapes real): an {@code <img>} on a line of its own with a site-absolute path, one inside a paragraph
     * with a relative path and a title, a {@code <figure>} whose image is addressed on the author's own
     * site ({@code https://sam.github.io/assets/…}) with a {@code <figcaption>}, and a badge on the web.
     */
    public static Folder jekyllHtmlImages(Path dir) {
        return folder(dir, "title: Rivers\nauthor: Sam Porter\nlanguage: en\n")
                .write("columns/2019-03-10-rivers-in-the-city.md", """
                        ---
                        layout: post
                        title: "Rivers in the city"
                        date: 2019-03-10 08:15:00 +0100
                        ---
                        The river turns twice before the bridge.

                        <img src="/assets/posts/river.png" alt="The river from the bridge">

                        Seen on a map <img src="../assets/posts/map.png" alt="A map" title="The old map"> it is a &quot;S&quot;.

                        <figure class="wide">
                          <img src="https://sam.github.io/assets/posts/bridge.png" alt="The bridge at night">
                          <figcaption>The bridge, lit for the <em>festival</em> &amp; the fair</figcaption>
                        </figure>

                        <p align="center"><img src="https://img.shields.io/badge/rivers-2-blue.svg" alt="a badge"></p>
                        """)
                .image("assets/posts/river.png", "png")
                .image("assets/posts/map.png", "png")
                .image("assets/posts/bridge.png", "png");
    }

    /**
     * A book of camera pictures, for the PDF and EPUB tests alike: {@code side-small.jpg} (300 x 200 pixels
     * stored, too small to downsample) and {@code side-large.jpg} (3000 x 2000) whose EXIF orientation 6
     * says to turn them a quarter clockwise, so they are upright (taller than wide), each with a red block
     * at its top right once turned; and {@code wide.jpg}, 2000 x 1000 of one colour (60, 160, 200) in the
     * {@link #wideGamutProfile()}, whose sRGB colour is {@link #WIDE_GAMUT_AS_SRGB}.
     */
    public static Book cameraBook(Path dir) {
        return folder(dir, "title: Camera\n")
                .writeBytes("images/side-small.jpg", jpegWithOrientation(300, 200, 6))
                .writeBytes("images/side-large.jpg", jpegWithOrientation(3000, 2000, 6))
                .writeBytes("images/wide.jpg", jpegInProfile(2000, 1000, wideGamutProfile(), 60, 160, 200))
                .write("columns/a.md", "# Pictures\n\n![Small](../images/side-small.jpg)\n\n"
                        + "![Large](../images/side-large.jpg)\n\n![Wide](../images/wide.jpg)\n")
                .read();
    }

    /** The colour of {@code wide.jpg} in {@link #cameraBook}, as sRGB 0xRRGGBB. */
    public static final int WIDE_GAMUT_AS_SRGB = asSrgb(wideGamutProfile(), 60, 160, 200);

    private static int asSrgb(java.awt.color.ICC_Profile profile, int r, int g, int b) {
        float[] rgb = new java.awt.color.ICC_ColorSpace(profile).toRGB(new float[] {r / 255f, g / 255f, b / 255f});
        return Math.round(rgb[0] * 255) << 16 | Math.round(rgb[1] * 255) << 8 | Math.round(rgb[2] * 255);
    }

    /** Whether two colours (0xRRGGBB) differ by at most {@code tolerance} in each channel. */
    public static boolean sameColour(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Three short Dutch columns with a heading each, dated 1 to 3 March 2009, with a source. */
    public static Book threeColumns(Path directory) {
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

    /**
     * Everything that could go wrong in markup, in one book: text that looks like markup, every kind of
     * block, a link no reader may follow, a control character, a footnote, an image and a cover (written
     * into {@code directory/images}), and a second column in English.
     */
    public static Book edgeCases(Path directory) {
        Folder folder = folder(directory).image("images/grafiek.png", "png").image("images/cover.jpg", "jpg");
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
                new Block.Image(folder.path("images/grafiek.png"), "Een grafiek van het aantal lezers per jaar",
                        "Lezers per jaar"),
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
                List.of(special, english), Optional.of(folder.path("images/cover.jpg")));
    }

    private static Block.Row row(String... cells) {
        return new Block.Row(Arrays.stream(cells).map(c -> new Block.Cell(List.of(new Inline.Text(c)))).toList());
    }

    /** What a renderer is told in tests: the given settings, the working folder, {@link #TIMESTAMP}. */
    public static RenderOptions options(Map<String, String> settings, Reporter reporter) {
        return new RenderOptions(settings, Path.of("").toAbsolutePath(), TIMESTAMP, reporter);
    }
}
