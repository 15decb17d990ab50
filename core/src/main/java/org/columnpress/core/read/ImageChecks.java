package org.columnpress.core.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.render.ImageFormat;
import org.columnpress.core.render.SafeSvg;

/**
 * What an image holds, checked once {@link ImageFiles} found its file: a format the place allows (judged
 * by its first bytes), an SVG read without resolving anything ({@link SvgFiles}) and what the outputs will
 * remove from it ({@link SafeSvg}) named once, a raster image's size
 * judged from its header ({@link ImageHeaders}) before anything decodes it.
 */
final class ImageChecks {

    /**
     * The most pixels an image's header may declare: 100 megapixels. Far above what a page needs (a full
     * A4 page at 300 dpi is 8.7 megapixels, a full A3 page at 600 dpi 70) and as large as the largest
     * camera photos (medium-format sensors give about 100), while FOP decodes an image to about 4 bytes a
     * pixel: 400 MB for one image at the limit, most of the 512 MB heap a book builds in. A header that
     * declares more is a mistake or an attack: a few hundred bytes of PNG can declare 60000 x 60000.
     */
    static final long MAX_PIXELS = 100_000_000L;

    private final Path bookDirectory;
    private final Reporter reporter;
    /** The SVGs already looked at for what the outputs remove: one warning per file, however often shown. */
    private final Set<Path> svgsWarned = ConcurrentHashMap.newKeySet();

    ImageChecks(Path bookDirectory, Reporter reporter) {
        this.bookDirectory = bookDirectory;
        this.reporter = reporter;
    }

    /**
     * @param source the file that refers to the image, and the line, for messages
     * @param ref    the reference as written
     * @param file   the image file, inside the book folder
     */
    void check(Path source, int line, String ref, Path file, Set<ImageFormat> allowed) {
        ImageFormat format = ImageFormat.sniff(file);
        if (format == null || !allowed.contains(format)) {
            throw new InputException(source, line, "the image '" + ref + "' is not a " + ImageFormat.names(allowed)
                    + " image (judged by its first bytes). Convert it to one of those formats.");
        }
        if (format == ImageFormat.SVG) {
            checkSvg(source, line, ref, file);
        } else {
            checkPixels(source, line, ref, file, format);
        }
    }

    /**
     * Reads the SVG through once, resolving and fetching nothing (see {@link SvgFiles}): a broken one is
     * refused, naming its line; each external entity it refers to is left out, with a warning.
     */
    private void checkSvg(Path source, int line, String ref, Path file) {
        String name = BookReader.slashes(bookDirectory.relativize(file));
        SvgFiles.Reading reading;
        try {
            reading = SvgFiles.read(file);
        } catch (SvgFiles.Broken e) {
            String where = e.line > 0 ? name + ":" + e.line + ":" + e.column : name;
            throw new InputException(source, line, "the image '" + ref + "' cannot be read as an SVG: " + where
                    + ": " + e.getMessage().strip().replaceAll("\\.$", "") + ". Correct it there, or export "
                    + "the drawing again as plain SVG.", e);
        } catch (IOException e) {
            throw new InputException(source, line, "cannot read the image '" + ref + "': " + e, e);
        }
        // What the outputs will leave out of the SVG, said here once for the book: each output makes its
        // own safe copy (PreparedImages), and each saying it again repeated the same news.
        if (svgsWarned.add(file)) {
            List<String> removed = SafeSvg.clean(file).removed();
            if (!removed.isEmpty()) {
                reporter.warn(new Warning("SVGs with scripts or outside references removed", source, line,
                        "the image '" + ref + "' (" + name + "): the book carries it without "
                        + String.join(", ", removed) + ", in every output. An SVG in a book must be a drawing on "
                        + "its own: no scripts and nothing loaded from elsewhere."));
            }
        }
        for (SvgFiles.SkippedEntity entity : reading.skipped()) {
            reporter.warn(new Warning("SVG external entities never read", source, line, "the image '" + ref
                    + "' refers to the external entity '" + entity.name() + "' (" + entity.systemId() + ") on line "
                    + entity.line() + " of " + name + ": the book never reads it and shows the drawing without it. "
                    + "Remove the entity from the SVG."));
        }
    }

    /** Refuses an image whose header declares more than {@link #MAX_PIXELS}, before anything decodes it. */
    private void checkPixels(Path source, int line, String ref, Path file, ImageFormat format) {
        ImageHeaders.Size size;
        try {
            size = ImageHeaders.read(file, format);
        } catch (ImageHeaders.Damaged e) {
            throw new InputException(source, line, "the image '" + ref + "' is a damaged " + format.displayName()
                    + ": " + e.getMessage() + ". Open it in an image editor and save it again.", e);
        } catch (IOException e) {
            throw new InputException(source, line, "cannot read the image '" + ref + "': " + e, e);
        }
        if (size.pixels() > MAX_PIXELS) {
            throw new InputException(source, line, String.format(Locale.ROOT, "the image '%s' (%s) declares "
                    + "%,d x %,d pixels in its header (%,d megapixels), more than the %,d megapixels a book's "
                    + "image may have. Scale it down: a picture that fills an A4 page at 300 dpi has 2,480 x "
                    + "3,508 pixels (8.7 megapixels).", ref, BookReader.slashes(bookDirectory.relativize(file)),
                    size.width(), size.height(), Math.round(size.pixels() / 1e6), MAX_PIXELS / 1_000_000));
        }
    }
}
