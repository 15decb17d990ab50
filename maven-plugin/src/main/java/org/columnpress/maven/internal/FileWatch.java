package org.columnpress.maven.internal;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Watches folders for changes to the files that count, through the JDK's {@link WatchService} (inotify on
 * Linux; on macOS the JDK polls, so a save may take a few seconds to be seen). A folder created inside a
 * watched tree is watched from then on. Editors write a save as several events (a temporary file, a
 * rename, a modification): {@link #next} waits for the first and then until the folder is quiet for
 * {@link #QUIET}, so one save gives one rebuild.
 */
public final class FileWatch implements AutoCloseable {

    /** A burst of events ends when none came for this long; short against the one second a save may take. */
    static final long QUIET = 60;
    /** However busy the folder, a burst is cut after this long, so a tool writing all the time still gets builds. */
    static final long LONGEST_BURST = 1000;

    /** A folder to watch: its files that {@code counts} accepts, and with {@code tree} its subfolders' too. */
    public record Root(Path folder, boolean tree, Predicate<Path> counts) {
        public Root {
            folder = folder.toAbsolutePath().normalize();
        }
    }

    private final WatchService service;
    private final List<Root> roots;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    public FileWatch(List<Root> roots) throws IOException {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("nothing to watch");
        }
        this.roots = List.copyOf(roots);
        this.service = roots.get(0).folder().getFileSystem().newWatchService();
        for (Root root : this.roots) {
            if (root.tree()) {
                registerTree(root.folder());
            } else {
                register(root.folder());
            }
        }
    }

    /**
     * Waits for a change and gives the files that changed (created, modified or deleted), each once, after
     * the burst they came in is over. A lost event (the system's queue overflowed) gives the tree's folder
     * itself: everything may have changed.
     *
     * @throws java.nio.file.ClosedWatchServiceException when {@link #close} was called, also while waiting
     */
    public Set<Path> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>();
        while (changed.isEmpty()) {
            collect(service.take(), changed);
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LONGEST_BURST);
        WatchKey key;
        while (System.nanoTime() < deadline && (key = service.poll(QUIET, TimeUnit.MILLISECONDS)) != null) {
            collect(key, changed);
        }
        return changed;
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                roots.stream().filter(Root::tree).findFirst().ifPresent(root -> changed.add(root.folder()));
                continue;
            }
            if (folder == null) {
                continue;
            }
            Path file = folder.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(file) && inTree(file)) {
                // A folder made or moved in: watch it, and count the files it came with.
                registerTree(file);
                try (Stream<Path> files = Files.walk(file)) {
                    files.filter(Files::isRegularFile).filter(this::counts).forEach(changed::add);
                } catch (IOException e) {
                    changed.add(file);
                }
            } else if (counts(file)) {
                changed.add(file);
            }
        }
        if (!key.reset()) {
            folders.remove(key); // the folder is gone; a parent's event says so
        }
    }

    /**
     * Whether a change to the file counts: a root accepts it, and it is no editor's scratch file (hidden,
     * a backup ending in '~', vim's swap files), whose writing would only rebuild the same book.
     */
    private boolean counts(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.startsWith("#")) {
            return false;
        }
        for (Root root : roots) {
            boolean inside = root.tree() ? file.startsWith(root.folder()) : file.getParent().equals(root.folder());
            if (inside && root.counts().test(file)) {
                return true;
            }
        }
        return false;
    }

    private boolean inTree(Path folder) {
        return roots.stream().anyMatch(root -> root.tree() && folder.startsWith(root.folder()));
    }

    private void registerTree(Path folder) {
        try (Stream<Path> all = Files.walk(folder)) {
            all.filter(Files::isDirectory).forEach(this::register);
        } catch (IOException e) {
            // A folder removed while we looked: its parent's event tells.
        }
    }

    private void register(Path folder) {
        try {
            if (!folders.containsValue(folder)) {
                folders.put(folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        } catch (IOException e) {
            // Gone again, or not a folder: nothing to watch there.
        }
    }

    /** Stops watching; a thread waiting in {@link #next} gets a {@code ClosedWatchServiceException}. */
    @Override
    public void close() throws IOException {
        service.close();
    }
}
