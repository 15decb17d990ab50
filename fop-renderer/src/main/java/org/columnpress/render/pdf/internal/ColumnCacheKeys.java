package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.model.Footnote;
import org.columnpress.core.render.RenderOptions;

/**
 * The cache key of a column PDF: SHA-256 over everything that PDF depends on. What is the same for every
 * column of a build (settings, stylesheets, fonts, timestamp, our own version) is hashed once.
 */
final class ColumnCacheKeys {

    /** Our stylesheets, columnpress.xsl and all it includes; a change to any of them must miss every cached PDF. */
    private static final List<StylesheetFiles.Sheet> OWN_STYLESHEETS = StylesheetFiles.ours();
    private static final String VERSION = ownVersion();

    private final String buildPart;

    ColumnCacheKeys(RenderOptions options, PdfSettings settings) {
        StringBuilder text = new StringBuilder(VERSION).append('\n').append(options.timestamp()).append('\n');
        // Sorted, without the cache folder itself: moving the cache must not miss it.
        new TreeMap<>(options.settings()).forEach((key, value) -> {
            if (!"cache".equals(key)) {
                text.append(key).append('=').append(value).append('\n');
            }
        });
        for (Path font : settings.fonts()) {
            text.append("font ").append(font).append(' ').append(sizeAndTime(font)).append('\n');
        }
        Digest digest = new Digest();
        digest.text(text.toString());
        if (settings.stylesheet().isPresent()) {
            Path stylesheet = settings.stylesheet().get();
            digest.file(stylesheet);
            // A user stylesheet may import any .xsl file in its folder.
            try (Stream<Path> files = Files.list(stylesheet.toAbsolutePath().getParent())) {
                for (Path file : files.filter(f -> f.toString().endsWith(".xsl")).sorted().toList()) {
                    digest.text(file.getFileName().toString());
                    digest.file(file);
                }
            } catch (IOException e) {
                throw new ColumnpressException("Cannot read the folder of " + stylesheet + ": " + e.getMessage(), e);
            }
        }
        this.buildPart = digest.hex();
    }

    /**
     * The words in a fixed order: a {@code Labels}' own toString follows its map, whose iteration order
     * changes from one JVM to the next, and the key must survive into the next build.
     */
    private static String words(Labels labels) {
        StringBuilder text = new StringBuilder(labels.language());
        for (Label label : Label.values()) {
            text.append('\n').append(label.key()).append('=').append(labels.get(label));
        }
        return text.toString();
    }

    /** The key of one column's PDF in this build. */
    String key(Book book, Column column) {
        Digest digest = new Digest();
        digest.text(buildPart);
        // Every book field but the columns: the column PDF prints the book's metadata and words.
        digest.text(String.join("\n", book.directory().toString(), book.title(), book.subtitle().toString(),
                book.authors().toString(), book.language(), book.publisher().toString(), book.identifier(),
                book.date().toString(), book.rights().toString(), book.description().toString(),
                book.edition().toString(), book.cover().toString(), words(book.labels()),
                words(book.labelsFor(column))));
        digest.text(column.toString());
        images(column, digest);
        return digest.hex();
    }

    /** Every image the column shows, by name and content: replacing a picture must miss. */
    private static void images(Column column, Digest digest) {
        for (Block.Image image : column.images()) {
            digest.text(image.file().toString());
            if (Files.isRegularFile(image.file())) {
                digest.file(image.file());
            }
        }
    }

    private static String sizeAndTime(Path file) {
        try {
            return Files.size(file) + " " + Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Our stylesheets, FOP's version and the renderer's jar (size and time), so an upgrade misses. */
    private static String ownVersion() {
        Digest digest = new Digest();
        for (StylesheetFiles.Sheet stylesheet : OWN_STYLESHEETS) {
            digest.bytes(stylesheet.bytes());
        }
        digest.text(String.valueOf(org.apache.fop.Version.getVersion()));
        try {
            Path code = Path.of(ColumnCacheKeys.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isRegularFile(code)) {
                digest.text(sizeAndTime(code));
            }
        } catch (URISyntaxException | RuntimeException e) {
            digest.text("unknown code source"); // the stylesheets and FOP's version still count
        }
        return digest.hex();
    }

    /** SHA-256, fed with length-prefixed parts so that no two different inputs run together. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new ColumnpressException("This Java has no SHA-256", e);
            }
        }

        void text(String text) {
            bytes(text.getBytes(StandardCharsets.UTF_8));
        }

        void bytes(byte[] bytes) {
            sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            sha.update((byte) ':');
            sha.update(bytes);
        }

        void file(Path file) {
            try {
                bytes(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
