package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The classifiers a build attaches its files with: what a second execution's users install and deploy. */
class RenderedFileTest {

    @Test
    void theBookKeepsTheBuildsClassifierAndPrintFilesAddTheirOwn() {
        assertThat(RenderedFile.Role.BOOK.classifier(Optional.empty())).isEmpty();
        assertThat(RenderedFile.Role.BOOK.classifier(Optional.of("large-print"))).contains("large-print");
        assertThat(RenderedFile.Role.PRINT.classifier(Optional.empty())).contains("print");
        assertThat(RenderedFile.Role.COVER.classifier(Optional.of("ingram"))).contains("ingram-cover");
        assertThat(RenderedFile.Role.PREFLIGHT.classifier(Optional.empty())).contains("preflight");
    }

    @Test
    void columnAndDebugFilesAreNotAttached() {
        assertThat(RenderedFile.Role.COLUMN.attached()).isFalse();
        assertThat(RenderedFile.Role.DEBUG.attached()).isFalse();
        assertThat(RenderedFile.Role.PRINT.attached()).isTrue();
    }
}
