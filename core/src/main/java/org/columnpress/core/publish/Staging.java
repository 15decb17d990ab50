package org.columnpress.core.publish;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.columnpress.core.Reporter;

/**
 * The private folder ({@code .columnpress-*}) a publish run renders into, inside the output folder, and
 * the removal of those that runs killed mid-render left behind.
 *
 * <p>Only a folder that provably has no live owner is removed. Neither its name nor its age proves that:
 * two executions of the goal (a screen and a print edition) publish into one output folder, in one Maven
 * run or, started twice, in two processes at once, and a long render can take minutes. So each run holds
 * an exclusive {@link FileLock} on a lock file in its folder for as long as the folder lives, and the
 * operating system releases that lock when the process ends, however it ends ({@code kill -9} included).
 * A folder whose lock file another run can lock, and whose owner had written into it (so had locked it
 * first), has no owner left.
 *
 * <p>Left alone, because nothing proves them abandoned: a folder without a lock file (made by a version
 * before this one, or by a run killed between making its folder and its lock file), one whose lock file
 * is still empty (its owner may be about to lock it), one whose lock cannot be probed (a file system
 * without locks), and the live folders of this JVM. The last are never probed at all: on POSIX systems
 * closing any channel to a file drops every lock the process holds on it, so probing our own lock file
 * would silently release it.
 */
final class Staging implements AutoCloseable {

    static final String PREFIX = ".columnpress-";
    static final String LOCK_FILE = ".lock";

    /** The folders of this JVM's running publishes, by real path. */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();

    private final Path folder;
    private final Path key;
    private final FileChannel lock;

    private Staging(Path folder, Path key, FileChannel lock) {
        this.folder = folder;
        this.key = key;
        this.lock = lock;
    }

    /** Removes abandoned staging folders in {@code outputDirectory}, then makes and locks a new one. */
    static Staging create(Path outputDirectory, Reporter reporter) throws IOException {
        // One thread at a time cleans and creates, so no thread of this JVM sees another's folder before
        // it is in LIVE.
        synchronized (LIVE) {
            removeAbandoned(outputDirectory, reporter);
            Path folder = Files.createTempDirectory(outputDirectory, PREFIX);
            Path key = folder.toRealPath();
            LIVE.add(key);
            return new Staging(folder, key, lock(folder.resolve(LOCK_FILE)));
        }
    }

    Path folder() {
        return folder;
    }

    /** Deletes the folder, with anything a failed run left in it. */
    @Override
    public void close() {
        try {
            if (lock != null) {
                lock.close();
            }
        } catch (IOException e) {
            // Closing releases the lock whatever it reports; the folder goes next either way.
        }
        deleteRecursively(folder);
        LIVE.remove(key);
    }

    /**
     * Locks the new lock file and writes the process id into it, the sign that it was locked. Where the
     * file system has no locks, the lock file goes, so that no other run ever takes the folder for
     * abandoned.
     */
    private static FileChannel lock(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, CREATE_NEW, WRITE);
        try {
            // Blocks only while another process probes this file and finds it empty: a moment.
            channel.lock();
            channel.write(ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n")
                    .getBytes(StandardCharsets.US_ASCII)));
            return channel;
        } catch (IOException e) {
            channel.close();
            Files.deleteIfExists(lockFile);
            return null;
        }
    }

    private static void removeAbandoned(Path outputDirectory, Reporter reporter) {
        List<Path> folders;
        try (Stream<Path> files = Files.list(outputDirectory)) {
            folders = files.filter(file -> file.getFileName().toString().startsWith(PREFIX)
                    && Files.isDirectory(file, NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return;
        }
        for (Path folder : folders) {
            if (abandoned(folder)) {
                deleteRecursively(folder);
                reporter.info("Removed " + folder + ", left behind by a build that was stopped while rendering.");
            }
        }
    }

    private static boolean abandoned(Path folder) {
        Path lockFile = folder.resolve(LOCK_FILE);
        try {
            if (LIVE.contains(folder.toRealPath()) || !Files.isRegularFile(lockFile, NOFOLLOW_LINKS)) {
                return false;
            }
        } catch (IOException e) {
            return false;
        }
        // Releasing the probe's lock before deleting is safe: no run ever takes over an existing folder.
        try (FileChannel channel = FileChannel.open(lockFile, READ, WRITE); FileLock probe = channel.tryLock()) {
            return probe != null && channel.size() > 0;
        } catch (IOException | OverlappingFileLockException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A leftover staging folder is untidy, not wrong: it never holds a finished book, and once its
            // owner is gone the next run removes it.
        }
    }
}
