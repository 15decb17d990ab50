package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The JVM options the root README recommends for book projects ("Faster builds") are this repository's own
 * {@code .mvn/jvm.config}, which its builds and the benchmark's generated projects use: what we measured is
 * what we recommend.
 */
class ReadmeJvmConfigTest {

    private static final String SECTION = "### Faster builds: `.mvn/jvm.config`";

    private final Path root = Path.of(System.getProperty("basedir", ".")).resolve("..").normalize();

    @Test
    void theReadmeRecommendsTheJvmOptionsThisRepositoryBuildsWith() throws IOException {
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        int section = readme.indexOf(SECTION);
        assertThat(section).as("README.md has a section %s", SECTION).isNotNegative();
        int open = readme.indexOf("```\n", section);
        int close = readme.indexOf("\n```", open + 4);
        assertThat(open).as("a code block in that section").isGreaterThan(section);
        String recommended = readme.substring(open + 4, close + 1);
        assertThat(recommended).isEqualTo(Files.readString(root.resolve(".mvn/jvm.config"), StandardCharsets.UTF_8))
                .contains("-XX:");
    }
}
