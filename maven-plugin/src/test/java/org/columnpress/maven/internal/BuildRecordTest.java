package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildRecordTest {

    @TempDir
    Path target;

    private final BuildRecord record = new BuildRecord("abc123", List.of(
            new BuildRecord.Output("pdf", RenderedFile.Role.BOOK, "book-1.0.pdf"),
            new BuildRecord.Output("pdf", RenderedFile.Role.COLUMN, "columns/de-brug.pdf"),
            new BuildRecord.Output("epub", RenderedFile.Role.BOOK, "book-1.0.epub")));

    @Test
    void readsBackWhatItWrote() {
        Path file = target.resolve("columnpress/book.build");
        record.write(file);

        assertThat(BuildRecord.read(file)).contains(record);
    }

    @Test
    void standsWhileTheFingerprintMatchesAndEveryFileIsThere() throws IOException {
        writeOutputs();

        assertThat(record.stillValid("abc123", target)).isTrue();
        assertThat(record.stillValid("def456", target)).isFalse();
    }

    @Test
    void fallsWhenAnOutputWasDeleted() throws IOException {
        writeOutputs();
        Files.delete(target.resolve("columns/de-brug.pdf"));

        assertThat(record.stillValid("abc123", target)).isFalse();
    }

    @Test
    void treatsAMissingOrForeignFileAsNoRecord() throws IOException {
        assertThat(BuildRecord.read(target.resolve("none.build"))).isEmpty();
        Path foreign = Files.writeString(target.resolve("foreign.build"), "something else\n");
        assertThat(BuildRecord.read(foreign)).isEmpty();
    }

    @Test
    void isFoundUnderTheSameNameWhenTheProjectIsMovedAndUnderAnotherForAnotherOutputFolder(@TempDir Path dir) {
        Path here = dir.resolve("here/book");
        Path there = dir.resolve("elsewhere/ci/book");

        assertThat(here.relativize(BuildRecord.fileFor(here.resolve("target"), request(here, "target"))))
                .isEqualTo(there.relativize(BuildRecord.fileFor(there.resolve("target"), request(there, "target"))));
        assertThat(BuildRecord.fileFor(here.resolve("target"), request(here, "target/print")))
                .isNotEqualTo(BuildRecord.fileFor(here.resolve("target"), request(here, "target")));
    }

    private static PublishRequest request(Path project, String output) {
        return new PublishRequest(project.resolve("src/book"), project.resolve(output), "kolommen-1.0",
                List.of("pdf"), Map.of(), project, Instant.parse("2026-11-26T00:00:00Z"), BookDefaults.none());
    }

    private void writeOutputs() throws IOException {
        Files.createDirectories(target.resolve("columns"));
        for (BuildRecord.Output output : record.outputs()) {
            Files.writeString(target.resolve(output.path()), "x");
        }
    }
}
