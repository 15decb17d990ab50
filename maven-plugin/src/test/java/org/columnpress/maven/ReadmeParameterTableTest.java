package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The parameter table in the root README is generated from {@link PublishMojo}'s Javadoc, so the two cannot
 * drift apart: this test fails when they differ, and with {@code -Dcolumnpress.updateReadme} rewrites the
 * table instead.
 */
class ReadmeParameterTableTest {

    static final String REGENERATE = "./mvnw -B -q -pl maven-plugin -am test -Dtest=ReadmeParameterTableTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcolumnpress.updateReadme";
    static final String BEGIN = "<!-- Generated from PublishMojo's Javadoc; to change it, change that and run\n"
            + REGENERATE + " -->\n";
    static final String END = "<!-- end of the generated table -->";

    private final Path module = Path.of(System.getProperty("basedir", "."));
    private final Path readme = module.resolve("../README.md").normalize();

    @Test
    void theReadmesParameterTableIsTheOneMadeFromTheMojosJavadoc() throws IOException {
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        assertThat(begin).as("%s has no table between the lines%n%s...%n%s", readme, BEGIN, END).isNotNegative();
        assertThat(end).as("%s has no line %s after the table", readme, END).isGreaterThan(begin);
        String table = text.substring(begin + BEGIN.length(), end);
        // Blank lines around the table, so that Markdown never reads a marker into it.
        String generated = "\n" + ParameterTable.markdown(module.resolve("target/plugin-enhanced.xml")) + "\n";

        if (Boolean.getBoolean("columnpress.updateReadme")) {
            Files.writeString(readme, text.substring(0, begin + BEGIN.length()) + generated + text.substring(end),
                    StandardCharsets.UTF_8);
            return;
        }
        assertThat(table).as("The parameter table in %s is not the one PublishMojo's Javadoc makes. Run%n%s",
                readme, REGENERATE).isEqualTo(generated);
    }

    @Test
    void turnsJavadocCodeIntoCodeSpansAndKeepsTheTableIntact() {
        assertThat(ParameterTable.markdownOf("Under <code>&lt;outputDirectory&gt;/columns/</code>, a|b &lt;x&gt;."))
                .isEqualTo("Under `<outputDirectory>/columns/`, a\\|b &lt;x&gt;.");
    }
}
