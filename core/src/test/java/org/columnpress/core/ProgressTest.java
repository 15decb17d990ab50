package org.columnpress.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Long work says how far it is every few seconds, and stops saying it when it ends. */
class ProgressTest {

    @Test
    void longWorkSaysHowFarItIsUntilItEnds() throws InterruptedException {
        RecordingReporter reporter = new RecordingReporter();
        AtomicInteger done = new AtomicInteger();
        try (Progress progress = Progress.start(reporter, "book.pdf",
                () -> "column " + Progress.count(done.incrementAndGet() * 600) + " of 1,200", Duration.ofMillis(20))) {
            waitFor(() -> reporter.infos.size() >= 2);
        }
        assertThat(reporter.infos.get(0)).matches("book\\.pdf: column 600 of 1,200 \\(\\d+ s\\)");
        assertThat(reporter.infos.get(1)).startsWith("book.pdf: column 1,200 of 1,200 (");

        Thread.sleep(100); // a line already on its way may still arrive
        int after = reporter.infos.size();
        Thread.sleep(200);
        assertThat(reporter.infos).as("nothing once the work has ended").hasSize(after);
    }

    @Test
    void workThatEndsSoonSaysNothing() throws InterruptedException {
        RecordingReporter reporter = new RecordingReporter();
        try (Progress progress = Progress.start(reporter, "Reading the book", () -> "3 of 3 columns read")) {
            Thread.sleep(10);
        }
        assertThat(reporter.infos).isEmpty();
    }

    @Test
    void aStateOfNullSaysNothingThatTime() throws InterruptedException {
        RecordingReporter reporter = new RecordingReporter();
        AtomicInteger asked = new AtomicInteger();
        try (Progress progress = Progress.start(reporter, "column PDFs", () -> {
            asked.incrementAndGet();
            return null;
        }, Duration.ofMillis(10))) {
            waitFor(() -> asked.get() >= 3);
        }
        assertThat(reporter.infos).isEmpty();
        assertThatThrownBy(() -> Progress.start(reporter, "x", () -> "", Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 20 s").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
