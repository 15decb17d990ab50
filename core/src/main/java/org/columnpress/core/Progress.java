package org.columnpress.core;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Says in the build log, every few seconds while a long piece of work runs, how far it is: "book.pdf:
 * laying out column 412 of 1,000, 935 pages so far (20 s)". Work that ends within the first few seconds
 * says nothing. Open it around the work with try-with-resources; {@code state} is asked on another thread,
 * so it must read what the work updates safely (a volatile field, an atomic counter).
 */
public final class Progress implements AutoCloseable {

    /** How often a line is written: often enough that a build never looks stuck, seldom enough to read. */
    public static final Duration EVERY = Duration.ofSeconds(5);

    /** One clock for every piece of work of the JVM; a daemon, so it never keeps a build from ending. */
    private static final ScheduledExecutorService CLOCK = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "columnpress-progress");
        thread.setDaemon(true);
        return thread;
    });

    private final ScheduledFuture<?> ticks;
    private volatile boolean closed;

    private Progress(Reporter reporter, String what, Supplier<String> state, Duration every) {
        long start = System.nanoTime();
        long period = every.toMillis();
        this.ticks = CLOCK.scheduleAtFixedRate(() -> {
            String now = closed ? null : state.get();
            if (now != null) {
                long seconds = Math.round((System.nanoTime() - start) / 1e9);
                reporter.info(what + ": " + now + " (" + seconds + " s)");
            }
        }, period, period, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts saying how far {@code what} is, every {@link #EVERY}.
     *
     * @param reporter where the lines go
     * @param what     the work, as the line begins: a file name, "Reading the book"
     * @param state    how far it is now, such as "column 412 of 1,000"; null says nothing this time
     * @return the progress to close when the work ends
     */
    public static Progress start(Reporter reporter, String what, Supplier<String> state) {
        return start(reporter, what, state, EVERY);
    }

    /**
     * As {@link #start(Reporter, String, Supplier)}, every {@code every} (tests use a short one).
     *
     * @param reporter where the lines go
     * @param what     the work, as the line begins
     * @param state    how far it is now; null says nothing this time
     * @param every    how often
     * @return the progress to close when the work ends
     */
    public static Progress start(Reporter reporter, String what, Supplier<String> state, Duration every) {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(state, "state");
        if (every.isNegative() || every.isZero()) {
            throw new IllegalArgumentException("every must be positive: " + every);
        }
        return new Progress(reporter, what, state, every);
    }

    /**
     * A count as the log writes it, grouped in thousands: "1,000".
     *
     * @param n the count
     * @return its digits with a comma between each group of three
     */
    public static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    /** Stops the lines; a line being written finishes first. */
    @Override
    public void close() {
        closed = true;
        ticks.cancel(false);
    }
}
