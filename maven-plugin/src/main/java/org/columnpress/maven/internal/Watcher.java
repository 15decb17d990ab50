package org.columnpress.maven.internal;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.apache.maven.plugin.logging.Log;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;

/**
 * The watch goal's loop: one build, then a rebuild after each change, in the two passes of a
 * {@link WatchPlan}. The quick pass runs on the watching thread (changes made meanwhile wait in the watch
 * service's queue, so none is lost); the background pass on a thread of its own, at most one running and one
 * queued: changes made while it runs are coalesced into the one queued build, which reads the book as it is
 * then. A failed build prints its error as the publish goal does and watching goes on; the publisher moves
 * files into place only when every renderer of a pass succeeded, so the last good files stay.
 */
public final class Watcher implements AutoCloseable {

    private final Publisher.Session session;
    private final WatchPlan plan;
    private final FileWatch files;
    private final Path project;
    private final Log log;
    private final Consumer<PublishResult> afterQuickPass;
    private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "columnpress-watch-background");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean backgroundQueued = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closed;
    private volatile Thread watching;

    /**
     * @param afterQuickPass told of each successful quick pass (the server reloads the open pages)
     */
    public Watcher(Publisher.Session session, WatchPlan plan, FileWatch files, Path project, Log log,
            Consumer<PublishResult> afterQuickPass) {
        this.session = session;
        this.plan = plan;
        this.files = files;
        this.project = project;
        this.log = log;
        this.afterQuickPass = afterQuickPass;
    }

    /** Builds, then watches and rebuilds until {@link #close}d (or the thread is interrupted). */
    public void run() {
        watching = Thread.currentThread();
        try {
            build(Set.of());
            while (!closed) {
                Set<Path> changed = files.next();
                if (changed.stream().anyMatch(file -> !file.startsWith(plan.sourceDirectory()))) {
                    // A stylesheet, style sheet or font: the renderers compiled or loaded the old one.
                    session.forget();
                }
                build(changed);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // Stopped: close() did it.
        } finally {
            stopped.countDown();
        }
    }

    private void build(Set<Path> changed) {
        if (plan.quick().isEmpty() || quick(changed, plan.quick().get())) {
            queueBackground();
        }
    }

    private boolean quick(Set<Path> changed, PublishRequest request) {
        long start = System.nanoTime();
        try {
            PublishResult result = session.publish(request);
            log.info(QuickPassLine.of(changed, result, project, Duration.ofNanos(System.nanoTime() - start)));
            afterQuickPass.accept(result);
            return true;
        } catch (RuntimeException e) {
            failed(e);
            return false;
        }
    }

    private void queueBackground() {
        if (plan.background().isEmpty() || backgroundQueued.getAndSet(true)) {
            return;
        }
        try {
            background.execute(() -> {
                backgroundQueued.set(false);
                try {
                    PublishResult result = session.publish(plan.background().get());
                    OutputSummary.lines(result, project).forEach(log::info);
                } catch (RuntimeException e) {
                    failed(e);
                }
            });
        } catch (RejectedExecutionException e) {
            // Closing: no more builds.
        }
    }

    /** The error as the publish goal prints it (every problem with file and line); then watching goes on. */
    private void failed(RuntimeException e) {
        if (closed) {
            return; // a build stopped by Ctrl-C is no error
        }
        if (e instanceof InputException input) {
            input.describe(project).lines().forEach(line -> log.error("Columnpress: " + line));
        } else if (e instanceof ColumnpressException) {
            log.error("Columnpress: " + e.getMessage());
        } else {
            log.error("Columnpress: the build failed: " + e, e);
        }
        log.info("Columnpress: the last good files stay in place; fix it and save to build again.");
    }

    /**
     * Stops watching and building: the watch service closed, the running builds interrupted (each removes
     * its staging folder), and waits a little for them, so that Ctrl-C leaves nothing half-made behind.
     */
    @Override
    public void close() {
        closed = true;
        try {
            files.close();
        } catch (IOException e) {
            // Closing only stops the watching.
        }
        background.shutdownNow();
        Thread thread = watching;
        if (thread != null && thread != Thread.currentThread()) {
            thread.interrupt();
        }
        try {
            background.awaitTermination(10, TimeUnit.SECONDS);
            if (thread != null && thread != Thread.currentThread()) {
                stopped.await(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
