package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Label;
import org.columnpress.core.model.Labels;
import org.columnpress.core.render.Digest;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.StylesheetImports;

/**
 * The cache key of a column PDF: SHA-256 over everything that PDF depends on. What is the same for every
 * column of a build (settings, stylesheets, fonts, timestamp, our own version) is hashed once.
 */
final class ColumnCacheKeys {

    /** Our stylesheets, columnpress.xsl and all it includes; a change to any of them must miss every cached PDF. */
    private static final List<StylesheetFiles.Sheet> OWN_STYLESHEETS = StylesheetFiles.ours();
    private static final String VERSION = ownVersion();

    private final String buildPart;
    private final String project;

    ColumnCacheKeys(RenderOptions options, PdfSettings settings) {
        this.project = options.baseDirectory().toAbsolutePath().normalize().toString();
        StringBuilder text = new StringBuilder(VERSION).append('\n').append(options.timestamp()).append('\n');
        // Sorted, without the cache folder itself (moving the cache must not miss it) and without 'book'
        // (whether the book PDF is made beside them changes no column PDF: the watch goal's quick pass,
        // which makes column PDFs alone, and a publish share their entries).
        new TreeMap<>(options.settings()).forEach((key, value) -> {
            if (!"cache".equals(key) && !"book".equals(key)) {
                text.append(key).append('=').append(portable(value)).append('\n');
            }
        });
        Digest digest = new Digest();
        digest.text(text.toString());
        // By content, not by time: a copied or restored project gives its fonts new times.
        settings.fonts().forEach(digest::file);
        settings.stylesheet().ifPresent(stylesheet -> stylesheetAndImports(stylesheet, digest));
        this.buildPart = digest.hex();
    }

    /**
     * The text with the project folder's path taken out, so that a project moved or copied with its cache
     * (a CI cache restored into another workspace) finds its column PDFs again; paths outside the project
     * stay as they are.
     */
    private String portable(String text) {
        return project.length() > 1 ? text.replace(project, "${project}") : text;
    }

    /**
     * The user's stylesheet and every file it may import (by the one rule the resolver enforces), each
     * under its name relative to the stylesheet's folder: a change to an imported file must miss.
     */
    static void stylesheetAndImports(Path stylesheet, Digest digest) {
        Path folder = stylesheet.toAbsolutePath().normalize().getParent();
        for (Path file : StylesheetImports.importable(stylesheet)) {
            digest.text(folder.relativize(file).toString().replace(java.io.File.separatorChar, '/'));
            digest.file(file);
        }
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

    /**
     * The components of the book record that a column PDF does not show: its columns (the one column this
     * PDF shows is hashed by itself), the print edition (column PDFs are never the printer's), and the
     * book's shape (parts, front and back matter: a column's own PDF has no part page, running head of its
     * part or foreword), so editing the foreword renders no column PDF again, and the index's terms (a column's
     * own PDF has no index; the places it links to are in the column's text, hashed with the column).
     */
    static final java.util.Set<String> NOT_IN_COLUMN_PDFS = java.util.Set.of("columns", "print", "front", "parts",
            "back", "index");

    /**
     * Every component of the book record but {@link #NOT_IN_COLUMN_PDFS}, read from the record itself so
     * that a field added to {@link Book} cannot be left out: the column PDF prints the book's metadata and words.
     */
    private void bookComponents(Book book, Digest digest) {
        for (RecordComponent component : Book.class.getRecordComponents()) {
            if (NOT_IN_COLUMN_PDFS.contains(component.getName())) {
                continue;
            }
            Object value;
            try {
                value = component.getAccessor().invoke(book);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read Book." + component.getName(), e);
            }
            digest.text(component.getName());
            digest.text(value instanceof Labels labels ? words(labels) : portable(String.valueOf(value)));
        }
    }

    /** The key of one column's PDF in this build. */
    String key(Book book, Column column) {
        Digest digest = new Digest();
        digest.text(buildPart);
        bookComponents(book, digest);
        digest.text(words(book.labelsFor(column)));
        digest.text(portable(column.toString()));
        images(column, digest);
        return digest.hex();
    }

    /** Every image the column shows, by name and content: replacing a picture must miss. */
    private void images(Column column, Digest digest) {
        for (Block.Image image : column.images()) {
            digest.text(portable(image.file().toString()));
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
}
