package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the watch goal sees of a save: one burst of events as one change, in new folders too. */
class FileWatchTest {

    @TempDir
    Path temp;
    Path book;
    Path style;
    FileWatch watch;

    @BeforeEach
    void start() throws IOException {
        book = Files.createDirectories(temp.resolve("book/columns"));
        style = Files.createDirectories(temp.resolve("style"));
        Files.writeString(style.resolve("book.css"), "p { }");
        Path css = style.resolve("book.css").toAbsolutePath().normalize();
        watch = new FileWatch(List.of(new FileWatch.Root(book.getParent(), true, file -> true),
                new FileWatch.Root(style, false, css::equals)));
    }

    @AfterEach
    void stop() throws IOException {
        watch.close();
    }

    @Test
    void anEditorsSaveIsOneChangeAndItsScratchFilesDoNotCount() throws Exception {
        CompletableFuture<Set<Path>> next = next();
        Path column = book.resolve("brug.md");
        Files.writeString(book.resolve(".brug.md.swp"), "x");
        Files.writeString(book.resolve("brug.md~"), "old");
        Files.writeString(column, "# De brug");
        Files.writeString(column, "# De brug\n\nDe brug stond open.\n");

        assertThat(next.get(10, TimeUnit.SECONDS)).containsExactly(abs(column));
    }

    @Test
    void aFolderMadeAfterTheStartIsWatchedAndTheFilesItCameWithCount() throws Exception {
        Path images = Files.createDirectories(book.getParent().resolve("images/2024"));
        Files.writeString(images.resolve("brug.png"), "png");
        Set<Path> first = next().get(10, TimeUnit.SECONDS);
        assertThat(first).contains(abs(images.resolve("brug.png")));

        CompletableFuture<Set<Path>> second = next();
        Files.writeString(images.resolve("gracht.png"), "png");
        assertThat(second.get(10, TimeUnit.SECONDS)).containsExactly(abs(images.resolve("gracht.png")));
    }

    @Test
    void ofAFolderOutsideTheBookOnlyTheNamedFileCounts() throws Exception {
        CompletableFuture<Set<Path>> next = next();
        Files.writeString(style.resolve("notes.txt"), "not in use");
        Thread.sleep(300);
        Files.writeString(style.resolve("book.css"), "p { margin: 0 }");

        assertThat(next.get(10, TimeUnit.SECONDS)).containsExactly(abs(style.resolve("book.css")));
    }

    private CompletableFuture<Set<Path>> next() {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return watch.next();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Path abs(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
