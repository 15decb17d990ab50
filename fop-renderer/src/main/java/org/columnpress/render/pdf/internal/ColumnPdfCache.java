package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;

/**
 * Column PDFs kept between builds under their content key ({@link ColumnCacheKeys}): {@code <key>.pdf}
 * and its page count in {@code <key>.pages}. Entries are written to a temporary file and moved into
 * place, so a reader never sees half an entry. Thread-safe.
 */
final class ColumnPdfCache {

    private static final String ENTRY = "[0-9a-f]{64}\\.(pdf|pages)";
    private static final String TEMP = "[0-9a-f]{64}\\.[0-9]+\\.tmp";
    /** A temporary file this old was left by a build that crashed, not one still writing. */
    private static final java.time.Duration ABANDONED = java.time.Duration.ofHours(1);

    private final Path folder;
    private final Set<String> used = ConcurrentHashMap.newKeySet();
    private final AtomicInteger reused = new AtomicInteger();

    ColumnPdfCache(Path folder) {
        this.folder = folder;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot create the PDF cache folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Copies the cached PDF to {@code target} and gives its page count, or empty on a miss. */
    OptionalInt restore(String key, Path target) {
        used.add(key);
        Path pdf = folder.resolve(key + ".pdf");
        Path pages = folder.resolve(key + ".pages");
        if (!Files.isRegularFile(pdf) || !Files.isRegularFile(pages)) {
            return OptionalInt.empty();
        }
        try {
            int count = Integer.parseInt(Files.readString(pages, StandardCharsets.US_ASCII).trim());
            Files.copy(pdf, target, StandardCopyOption.REPLACE_EXISTING);
            reused.incrementAndGet();
            return OptionalInt.of(count);
        } catch (NumberFormatException | IOException e) {
            return OptionalInt.empty(); // a damaged entry is rendered again and overwritten
        }
    }

    /** Keeps a copy of a freshly rendered PDF; the page count goes first so a PDF never lacks one. */
    void store(String key, Path pdf, int pages) {
        used.add(key);
        try {
            Path pagesTemp = Files.createTempFile(folder, key + ".", ".tmp");
            Files.writeString(pagesTemp, Integer.toString(pages), StandardCharsets.US_ASCII);
            move(pagesTemp, folder.resolve(key + ".pages"));
            Path pdfTemp = Files.createTempFile(folder, key + ".", ".tmp");
            Files.copy(pdf, pdfTemp, StandardCopyOption.REPLACE_EXISTING);
            move(pdfTemp, folder.resolve(key + ".pdf"));
        } catch (IOException e) {
            throw new ColumnpressException("Cannot store " + pdf.getFileName() + " in the PDF cache " + folder
                    + ": " + e.getMessage(), e);
        }
    }

    /** Deletes the entries this build did not use (and stray temporary files); nothing else in the folder. */
    void prune() {
        List<Path> stale;
        try (Stream<Path> files = Files.list(folder)) {
            stale = files.filter(this::stale).toList();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot list the PDF cache " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : stale) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new ColumnpressException("Cannot delete " + file + " from the PDF cache: " + e.getMessage(), e);
            }
        }
    }

    private boolean stale(Path file) {
        String name = file.getFileName().toString();
        if (name.matches(ENTRY)) {
            return !used.contains(name.substring(0, 64));
        }
        try {
            return name.matches(TEMP) && Files.getLastModifiedTime(file).toInstant()
                    .isBefore(java.time.Instant.now().minus(ABANDONED));
        } catch (IOException e) {
            return false; // gone already, or another build's: leave it
        }
    }

    int reused() {
        return reused.get();
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
