package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutputTimestampTest {

    @Test
    void readsAnIsoDateTimeInUtc() {
        assertThat(OutputTimestamp.parse("2026-11-26T00:00:00Z")).contains(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void readsAnIsoDateTimeWithAnOffset() {
        assertThat(OutputTimestamp.parse("2026-11-26T10:15:30+02:00"))
                .contains(Instant.parse("2026-11-26T08:15:30Z"));
    }

    @Test
    void readsSecondsSinceTheEpochAsMavenArchiverDoes() {
        assertThat(OutputTimestamp.parse("1764115200")).contains(Instant.ofEpochSecond(1764115200L));
    }

    @Test
    void dropsFractionsOfASecond() {
        assertThat(OutputTimestamp.parse("2026-11-26T00:00:00.750Z")).contains(Instant.parse("2026-11-26T00:00:00Z"));
    }

    @Test
    void treatsMissingEmptyOrOneCharacterValuesAsNotSet() {
        assertThat(OutputTimestamp.parse(null)).isEmpty();
        assertThat(OutputTimestamp.parse("")).isEmpty();
        assertThat(OutputTimestamp.parse("a")).isEmpty();
    }

    @Test
    void rejectsSomethingThatIsNoTimestampAndSaysWhatToWrite() {
        assertThatThrownBy(() -> OutputTimestamp.parse("26 november 2026"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("26 november 2026")
                .hasMessageContaining("2026-11-26T00:00:00Z");
    }

    @Test
    void rejectsInstantsAZipFileCannotHold() {
        assertThatThrownBy(() -> OutputTimestamp.parse("1970-01-02T00:00:00Z"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("out of range");
    }
}
