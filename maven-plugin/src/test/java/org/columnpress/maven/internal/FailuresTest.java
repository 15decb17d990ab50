package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.junit.jupiter.api.Test;

class FailuresTest {

    private static final Path PROJECT = Path.of("/work/book-project").toAbsolutePath();

    @Test
    void severalInputProblemsFailTheBuildOneALineWithFilesRelativeToTheProject() {
        InputException e = new InputException("2 columns have errors:", List.of(
                new InputException.Problem(PROJECT.resolve("src/book/columns/a.md"), 3, "unknown key 'titel'."),
                new InputException.Problem(PROJECT.resolve("src/book/columns/b.md"), 1, "the column has no title.")),
                0, null);

        AbstractMojoExecutionException failure = Failures.of(e, PROJECT);

        assertThat(failure).isInstanceOf(MojoFailureException.class).hasNoCause();
        assertThat(failure.getSuppressed()).containsExactly(e);
        assertThat(failure.getMessage().lines()).containsExactly(
                "2 columns have errors:",
                "  " + Path.of("src/book/columns/a.md") + ":3: unknown key 'titel'.",
                "  " + Path.of("src/book/columns/b.md") + ":1: the column has no title.");
    }

    @Test
    void oneInputProblemIsOneLine() {
        InputException e = new InputException(PROJECT.resolve("src/book/book.yaml"), 2, "the YAML does not parse.");
        assertThat(Failures.of(e, PROJECT)).isInstanceOf(MojoFailureException.class)
                .hasMessage(Path.of("src/book/book.yaml") + ":2: the YAML does not parse.");
    }

    @Test
    void anythingElseIsAnExecutionErrorWithItsCause() {
        ColumnpressException e = new ColumnpressException("Cannot write target/x.pdf: disk full");
        assertThat(Failures.of(e, PROJECT)).isInstanceOf(MojoExecutionException.class).hasCause(e)
                .hasMessage("Cannot write target/x.pdf: disk full");
    }
}
