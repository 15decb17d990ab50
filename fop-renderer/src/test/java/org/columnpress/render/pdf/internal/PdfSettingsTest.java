package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;

class PdfSettingsTest {

    @Test
    void aTrimSizeIsReadInEveryUnitPxToo() {
        assertThat(page("150mmx220mm")).containsExactly("150mm", "220mm");
        assertThat(page("576pxx816px")).containsExactly("576px", "816px");
        assertThat(page("6inx252mm")).containsExactly("6in", "252mm");
        assertThat(page("6x9in")).containsExactly("6in", "9in");
    }

    @Test
    void aTrimSizeWithoutTwoLengthsIsRefused() {
        for (String bad : new String[] {"576px", "576pxx", "15emx20em", "150x220"}) {
            assertThatThrownBy(() -> page(bad)).isInstanceOf(ColumnpressException.class)
                    .hasMessageContaining("Setting 'pdf.trim' must be");
        }
    }

    private static String[] page(String trim) {
        PdfSettings settings = PdfSettings.from(
                new RenderOptions(Map.of("trim", trim), Path.of(""), Instant.EPOCH, Reporter.silent()));
        return new String[] {settings.params().get("page.width"), settings.params().get("page.height")};
    }
}
