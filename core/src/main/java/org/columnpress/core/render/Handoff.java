package org.columnpress.core.render;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Hands one thing a renderer makes during a build (the book's {@link PageMap}, its column PDFs) to the
 * renderers of the same build that use it; {@link Handoffs} holds a build's handoffs. A build in which no
 * renderer makes the thing gets {@link #none()}: asking costs nothing and the answer is empty at once, so
 * {@code formats=epub} never waits for a PDF's page map. Thread-safe.
 *
 * @param <T> what is handed over
 * @since 0.1.0
 */
public final class Handoff<T> {

    private static final Handoff<?> NONE = new Handoff<>();

    static {
        NONE.close();
    }

    private final CompletableFuture<Optional<T>> value = new CompletableFuture<>();

    private Handoff() {
    }

    /**
     * A handoff the thing will be offered to (or that is closed without one).
     *
     * @param <T> what is handed over
     * @return an open handoff
     */
    public static <T> Handoff<T> awaiting() {
        return new Handoff<>();
    }

    /**
     * The handoff of a build in which no renderer makes the thing.
     *
     * @param <T> what is handed over
     * @return a closed handoff: {@link #await()} is empty at once
     */
    @SuppressWarnings("unchecked")
    public static <T> Handoff<T> none() {
        return (Handoff<T>) NONE;
    }

    /**
     * The maker's thing; the first offered counts, and none after the handoff is closed.
     *
     * @param thing what was made
     */
    public void offer(T thing) {
        value.complete(Optional.of(thing));
    }

    /** No (more) thing will come: the maker is done or failed; those waiting get what was offered, or nothing. */
    public void close() {
        value.complete(Optional.empty());
    }

    /**
     * Waits until the thing is offered or the handoff closed.
     *
     * @return the thing; empty when none was made, or when the waiting thread is interrupted (its interrupt
     *         flag set again)
     */
    public Optional<T> await() {
        try {
            return value.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // never completed exceptionally
        }
    }

    /**
     * The thing, if it is here already; never waits.
     *
     * @return the thing; empty when it is not offered yet or will not come
     */
    public Optional<T> now() {
        return value.getNow(Optional.empty());
    }
}
