package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paragraph of thousands of code spans is refused up front instead of taking minutes to parse. */
class InlineLimitsTest {

    @TempDir
    Path dir;

    @Test
    void aParagraphOfTooManyCodeSpansIsRefusedNamingItsLine() {
        String column = "# T\n\nFirst.\n\n" + "`a` ".repeat(2_001) + "\n";
        assertThatThrownBy(() -> TestBooks.readColumn(dir, "c.md", column)).isInstanceOfSatisfying(InputException.class,
                e -> {
                    assertThat(e.line()).isEqualTo(5);
                    assertThat(e.getMessage()).contains("c.md:5:").contains("backticks")
                            .contains("fenced code block");
                });
    }

    @Test
    void manyCodeSpansSpreadOverParagraphsAndBackticksInFencesAreFine() {
        String paragraphs = ("`a` ".repeat(1_000) + "\n\n").repeat(5);
        String fence = "```\n" + "x = `y`;\n".repeat(3_000) + "```\n";
        var body = TestBooks.readColumn(dir, "c.md", "# T\n\n" + paragraphs + fence).body();
        assertThat(body).hasSize(6).last().isInstanceOf(Block.CodeBlock.class);
    }

    @Test
    void aLongRunOfBackslashesIsRefusedInsteadOfHangingTheParser() {
        // Found by Jazzer: 128 backslashes in a link label kept flexmark's regex busy for hours.
        String column = "# T\n\n[link" + "\\".repeat(128) + " [foo [bar]]](/uri)\n";
        assertThatThrownBy(() -> TestBooks.readColumn(dir, "c.md", column)).isInstanceOf(InputException.class)
                .hasMessageContaining("c.md:3:").hasMessageContaining("backslashes");
        assertThat(TestBooks.readColumn(dir.resolve("ok"), "d.md", "# T\n\n" + "\\".repeat(24) + "\n").body()).hasSize(1);
    }
}
