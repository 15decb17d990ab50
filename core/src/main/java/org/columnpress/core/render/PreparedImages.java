package org.columnpress.core.render;

import java.awt.Dimension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;

/**
 * A book's images as one output carries them, made once per render and on every core: a PNG or JPEG with
 * more pixels than the output needs is downsampled ({@link Downsampler}), an SVG is made safe
 * ({@link SafeSvg}), anything else (GIF, WebP) is used as it is. Copies go into a folder of this
 * preparation's own, made inside the renderer's staging area and deleted on {@link #close()}, so that two
 * renders into one folder never share a copy; the input files are never changed.
 */
public final class PreparedImages implements AutoCloseable {

    /** How far an output shrinks an image of the given size in pixels: a factor of 1 or less. */
    @FunctionalInterface
    public interface Limit {
        /**
         * The factor for an image of this size.
         *
         * @param width  in pixels
         * @param height in pixels
         * @return 1 to keep the image as it is, less to shrink it by that factor
         */
        double scale(int width, int height);
    }

    private final Map<Path, Path> copies;
    private final Path folder;

    private PreparedImages(Map<Path, Path> copies, Path folder) {
        this.copies = Map.copyOf(copies);
        this.folder = folder;
    }

    /**
     * Prepares a book's images for one output, on every core.
     *
     * @param files    the images, each once (absolute, normalised)
     * @param parent   where the folder of copies is made ({@code .<output>-images-<random>}); the folder is
     *                 deleted by {@link #close()}
     * @param limit    how far the output shrinks an image
     * @param output   the output's name for messages, such as {@code PDF}
     * @param reporter told (as info) how many images were downsampled
     * @return the prepared images; close them when the render is done
     * @throws ColumnpressException if the folder cannot be made or an image cannot be read or written
     */
    public static PreparedImages prepare(Collection<Path> files, Path parent, Limit limit, String output,
            Reporter reporter) {
        List<Path> sorted = files.stream().distinct().sorted().toList();
        Map<Path, Path> copies = new ConcurrentHashMap<>();
        AtomicInteger downsampled = new AtomicInteger();
        AtomicLong before = new AtomicLong();
        AtomicLong after = new AtomicLong();
        Path folder;
        try {
            folder = Files.createTempDirectory(Files.createDirectories(parent),
                    "." + output.toLowerCase(Locale.ROOT) + "-images-");
        } catch (IOException e) {
            throw new ColumnpressException("Cannot create a folder in " + parent + ": " + e.getMessage(), e);
        }
        try {
            java.util.stream.IntStream.range(0, sorted.size()).parallel().forEach(index -> {
                Path file = sorted.get(index);
                Path copy = folder.resolve(Integer.toString(index));
                try {
                    Optional<Made> made = prepare(file, copy, limit, output, reporter);
                    made.ifPresent(m -> copies.put(file, m.file()));
                    if (made.isPresent() && made.get().downsampled()) {
                        downsampled.incrementAndGet();
                        before.addAndGet(Files.size(file));
                        after.addAndGet(Files.size(made.get().file()));
                    }
                } catch (IOException e) {
                    throw new ColumnpressException("Cannot prepare the image " + file + " for the " + output
                            + ": " + e.getMessage(), e);
                }
            });
        } catch (RuntimeException e) {
            deleteTree(folder);
            throw e;
        }
        if (downsampled.get() > 0) {
            reporter.info(output + " images: " + downsampled + " of " + sorted.size() + " downsampled, "
                    + megabytes(before.get()) + " -> " + megabytes(after.get()) + ".");
        }
        return new PreparedImages(copies, folder);
    }

    /**
     * The file to read for {@code original}: its prepared copy, or the original when it needed none.
     *
     * @param original an image of the book
     * @return the file to put in the output
     */
    public Path file(Path original) {
        return copies.getOrDefault(original.toAbsolutePath().normalize(), original);
    }

    /** A prepared copy, and whether it has fewer pixels than its original (rather than only made safe or upright). */
    private record Made(Path file, boolean downsampled) {
    }

    private static Optional<Made> prepare(Path file, Path copy, Limit limit, String output, Reporter reporter)
            throws IOException {
        ImageFormat format = ImageFormat.sniff(file);
        if (format == ImageFormat.SVG) {
            SafeSvg.Result safe = SafeSvg.clean(file);
            if (!safe.changed()) {
                return Optional.empty();
            }
            // What was removed is no news here: the reader said it once for the book, naming the column
            // (ImageChecks); every output that carries the SVG would repeat it.
            Path svg = copy.resolveSibling(copy.getFileName() + ".svg");
            Files.write(svg, safe.bytes());
            return Optional.of(new Made(svg, false));
        }
        if (format != ImageFormat.PNG && format != ImageFormat.JPEG) {
            return Optional.empty(); // GIF and WebP are used as they are
        }
        Optional<Dimension> size = ImagePixels.of(file);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        // A camera's JPEG may store its pixels on their side and say so in EXIF: sized, and copied, the
        // right way up, also when it needs no downsampling (FOP ignores the EXIF orientation).
        int orientation = format == ImageFormat.JPEG ? ExifOrientation.of(file) : ExifOrientation.NORMAL;
        boolean swap = ExifOrientation.swapsSides(orientation);
        int width = swap ? size.get().height : size.get().width;
        int height = swap ? size.get().width : size.get().height;
        double scale = limit.scale(width, height);
        boolean smaller = scale < 1;
        if (!smaller && orientation == ExifOrientation.NORMAL) {
            return Optional.empty();
        }
        int w = smaller ? Math.max(1, (int) Math.floor(width * scale)) : width;
        int h = smaller ? Math.max(1, (int) Math.floor(height * scale)) : height;
        boolean png = format == ImageFormat.PNG;
        Path target = copy.resolveSibling(copy.getFileName() + (png ? ".png" : ".jpg"));
        if (!Downsampler.write(file, png ? Downsampler.Format.PNG : Downsampler.Format.JPEG, w, h, orientation, target)) {
            reporter.info(file + ": kept at " + width + "x" + height + " pixels in the " + output
                    + " (Java cannot decode it to downsample it or turn it upright; a CMYK JPEG, perhaps).");
            return Optional.empty();
        }
        return Optional.of(new Made(target, smaller));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, bytes < 10_000_000 ? "%.1f MB" : "%.0f MB", bytes / 1e6);
    }

    @Override
    public void close() {
        deleteTree(folder);
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new ColumnpressException("Cannot delete " + folder + ": " + e.getMessage(), e);
        }
    }
}
