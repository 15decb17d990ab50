package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestTest {

    @Test
    void partsThatRunTogetherDoNotHashAlike() {
        assertThat(new Digest().text("ab").text("c").hex()).isNotEqualTo(new Digest().text("a").text("bc").hex());
    }

    @Test
    void aFileHashesAsItsBytes(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("x.txt"), "kolom", StandardCharsets.UTF_8);
        assertThat(new Digest().file(file).hex())
                .isEqualTo(new Digest().bytes("kolom".getBytes(StandardCharsets.UTF_8)).hex())
                .hasSize(64)
                .isNotEqualTo(new Digest().text("kolom!").hex());
    }
}
