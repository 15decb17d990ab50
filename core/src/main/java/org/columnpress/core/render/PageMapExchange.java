package org.columnpress.core.render;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Hands the book's {@link PageMap} from the renderer that makes it (the PDF renderer, when its book PDF is
 * laid out) to the renderers that use it (the EPUB's page list), within one build. A build without a
 * renderer that makes one gets {@link #none()}: asking costs nothing and the answer is empty at once, so
 * {@code formats=epub} never waits. Thread-safe.
 *
 * @since 0.1.0
 */
public final class PageMapExchange {

    private static final PageMapExchange NONE = new PageMapExchange();

    static {
        NONE.close();
    }

    private final CompletableFuture<Optional<PageMap>> map = new CompletableFuture<>();

    private PageMapExchange() {
    }

    /** An exchange a page map will be offered to (or that is closed without one). */
    public static PageMapExchange awaiting() {
        return new PageMapExchange();
    }

    /** The exchange of a build in which no renderer makes a page map. */
    public static PageMapExchange none() {
        return NONE;
    }

    /** The maker's map; the first offered counts. */
    public void offer(PageMap pages) {
        map.complete(Optional.of(pages));
    }

    /** No (more) map will come: the maker is done or failed; those waiting get what was offered, or nothing. */
    public void close() {
        map.complete(Optional.empty());
    }

    /** Waits until the map is offered or the exchange closed; empty when no map was made. */
    public Optional<PageMap> await() {
        try {
            return map.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.empty(); // never completed exceptionally
        }
    }

    /** The map, if it is here already; never waits. */
    public Optional<PageMap> now() {
        return map.getNow(Optional.empty());
    }
}
