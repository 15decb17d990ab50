package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnDatesTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2019-03-10|2019-03-10",
        "2020-05-26T00:00:00Z|2020-05-26",
        "2019-03-10 08:15:00 +0100|2019-03-10",
        "2019-03-10 23:30:00 -0500|2019-03-10",
        "2019-03-10T23:30:00-05:00|2019-03-10",
        "2019-03-10 08:15|2019-03-10",
        "2001-12-14t21:59:43.10-05:00|2001-12-14",
        "2001-12-14 21:59:43.10 -5|2001-12-14",
        "2006-01-02 15:04:05.999999999 -0700 MST|2006-01-02",
        "2019-3-7|2019-03-07",
        "2013/7/13 20:46:25|2013-07-13",
        "10 March 2019|2019-03-10",
        "March 10, 2019|2019-03-10",
        "Sep 3rd 2019|2019-09-03",
        "'Sun, 10 Mar 2019 08:15:00 +0100'|2019-03-10",
    })
    void aDateInAnyFormSiteGeneratorsWriteIsTheDateAsWrittenInItsOwnZone(String text, LocalDate date) {
        assertThat(ColumnDates.parse(text)).contains(date);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2019-02-30", "2009-13-01", "2019-03-10 25:00", "2019-03-10T10:61:00Z",
        "2019-03-10 10:00 +1900", "10 Mars 2019", "yesterday", "2019-03", "20190310"})
    void textThatIsNotADayAndTimeIsNoDate(String text) {
        assertThat(ColumnDates.parse(text)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2019-03-10 23:30:00 -0500|2019-03-10",
        "\"2020-05-26T00:00:00Z\"|2020-05-26",
        "2019-03-10|2019-03-10",
    })
    void aColumnIsDatedAsItsFrontMatterWritesIt(String yaml, LocalDate date) {
        assertThat(TestBooks.readColumn(dir, "c.md", "---\ntitle: T\ndate: " + yaml + "\n---\nText.\n").date())
                .contains(date);
    }
}
