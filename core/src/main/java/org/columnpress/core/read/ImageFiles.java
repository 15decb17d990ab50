package org.columnpress.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Resolves an image reference and checks it: a path relative to the referring file, or one that starts
 * with / taken from the book folder (as a site generator takes it from the site's root), to a regular
 * file inside the book folder (also after following symbolic links), never fetched from the network; an
 * image format both renderers carry, judged by its first bytes rather than its name; a raster image's
 * size judged from its header ({@link ImageHeaders}), an SVG read without resolving anything
 * ({@link SvgFiles}).
 */
final class ImageFiles {

    enum Format {
        PNG("PNG"), JPEG("JPEG"), GIF("GIF"), WEBP("WebP"), SVG("SVG");

        final String displayName;

        Format(String displayName) {
            this.displayName = displayName;
        }
    }

    /**
     * The most pixels an image's header may declare: 100 megapixels. Far above what a page needs (a full
     * A4 page at 300 dpi is 8.7 megapixels, a full A3 page at 600 dpi 70) and as large as the largest
     * camera photos (medium-format sensors give about 100), while FOP decodes an image to about 4 bytes a
     * pixel: 400 MB for one image at the limit, most of the 512 MB heap a book builds in. A header that
     * declares more is a mistake or an attack: a few hundred bytes of PNG can declare 60000 x 60000.
     */
    static final long MAX_PIXELS = 100_000_000L;

    private final Path bookDirectory;
    private final Path realBookDirectory;
    private final Reporter reporter;

    ImageFiles(Path bookDirectory, Reporter reporter) {
        this.reporter = reporter;
        this.bookDirectory = bookDirectory.toAbsolutePath().normalize();
        try {
            this.realBookDirectory = bookDirectory.toRealPath();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read the book folder " + bookDirectory + ": " + e, e);
        }
    }

    /**
     * @param source  the file that refers to the image (a column, or book.yaml)
     * @param line    the line of the reference in {@code source}
     * @param ref     the reference as written
     * @param allowed the formats acceptable here
     * @return the absolute, normalised path of the image
     */
    Path resolve(Path source, int line, String ref, Set<Format> allowed) {
        String path = percentDecode(ref.strip());
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || path.startsWith("//")) {
            throw new InputException(source, line, "the image '" + ref + "' is on the web; images are never "
                    + "fetched during a build. Download it into the book's images/ folder and refer to it "
                    + "by a relative path.");
        }
        if (Links.hasScheme(path) && !path.matches("[A-Za-z]:[\\\\/].*")) {
            throw new InputException(source, line, "the image '" + ref + "' is not a file path. Put the "
                    + "image in the book's images/ folder and refer to it by a relative path.");
        }
        if (path.isEmpty()) {
            throw new InputException(source, line, "the image has no path. Write the image's path, such as "
                    + "../images/photo.jpg, between the parentheses.");
        }
        if (path.startsWith("\\") || path.matches("[A-Za-z]:.*")) {
            throw new InputException(source, line, "the image '" + ref + "' has a Windows path. Refer to "
                    + "images by a path relative to " + source.getFileName() + ", such as ../images/photo.jpg, "
                    + "or from the book folder, such as /images/photo.jpg.");
        }
        // A path that starts with / is taken from the book folder, as a site generator (Jekyll, Hugo) takes
        // it from the site's root, so that a columnist's blog posts build as they are.
        boolean fromBook = path.startsWith("/");
        Path relative;
        try {
            relative = Path.of(fromBook ? path.substring(1) : path);
        } catch (InvalidPathException e) {
            throw new InputException(source, line, "the image path '" + ref + "' is not a valid path.", e);
        }
        if (relative.isAbsolute()) {
            throw new InputException(source, line, "the image '" + ref + "' has an absolute path. Refer to "
                    + "images by a path relative to " + source.getFileName() + ", such as ../images/photo.jpg.");
        }
        Path base = fromBook ? bookDirectory : source.toAbsolutePath().getParent();
        Path file = base.resolve(relative).normalize();
        if (!file.startsWith(bookDirectory)) {
            throw outside(source, line, ref);
        }
        if (!Files.exists(file)) {
            throw missing(source, line, ref, file, fromBook);
        }
        try {
            if (!file.toRealPath().startsWith(realBookDirectory)) {
                throw outside(source, line, ref);
            }
        } catch (IOException e) {
            throw new InputException(source, line, "cannot read the image '" + ref + "': " + e, e);
        }
        if (!Files.isRegularFile(file)) {
            throw new InputException(source, line, "the image '" + ref + "' is not a file.");
        }
        Format format = sniff(file);
        if (format == null || !allowed.contains(format)) {
            throw new InputException(source, line, "the image '" + ref + "' is not a " + names(allowed)
                    + " image (judged by its first bytes). Convert it to one of those formats.");
        }
        if (format == Format.SVG) {
            checkSvg(source, line, ref, file);
        } else {
            checkPixels(source, line, ref, file, format);
        }
        return file;
    }

    /**
     * Reads the SVG through once, resolving and fetching nothing (see {@link SvgFiles}): a broken one is
     * refused, naming its line; each external entity it refers to is left out, with a warning.
     */
    private void checkSvg(Path source, int line, String ref, Path file) {
        String name = slashes(bookDirectory.relativize(file));
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
        for (SvgFiles.SkippedEntity entity : reading.skipped()) {
            reporter.warn(new Warning("SVG external entities never read", source, line, "the image '" + ref
                    + "' refers to the external entity '" + entity.name() + "' (" + entity.systemId() + ") on line "
                    + entity.line() + " of " + name + ": the book never reads it and shows the drawing without it. "
                    + "Remove the entity from the SVG."));
        }
    }

    /** Refuses an image whose header declares more than {@link #MAX_PIXELS}, before anything decodes it. */
    private void checkPixels(Path source, int line, String ref, Path file, Format format) {
        ImageHeaders.Size size;
        try {
            size = ImageHeaders.read(file, format);
        } catch (ImageHeaders.Damaged e) {
            throw new InputException(source, line, "the image '" + ref + "' is a damaged " + format.displayName
                    + ": " + e.getMessage() + ". Open it in an image editor and save it again.", e);
        } catch (IOException e) {
            throw new InputException(source, line, "cannot read the image '" + ref + "': " + e, e);
        }
        if (size.pixels() > MAX_PIXELS) {
            throw new InputException(source, line, String.format(Locale.ROOT, "the image '%s' (%s) declares "
                    + "%,d x %,d pixels in its header (%,d megapixels), more than the %,d megapixels a book's "
                    + "image may have. Scale it down: a picture that fills an A4 page at 300 dpi has 2,480 x "
                    + "3,508 pixels (8.7 megapixels).", ref, slashes(bookDirectory.relativize(file)), size.width(),
                    size.height(), Math.round(size.pixels() / 1e6), MAX_PIXELS / 1_000_000));
        }
    }

    private InputException missing(Path source, int line, String ref, Path file, boolean fromBook) {
        String message = "the image '" + ref + "' does not exist (looked for " + file
                + (fromBook ? ": a path that starts with / is taken from the book folder, as a site generator "
                        + "takes it from the site's root)." : ").");
        Optional<Path> other = sameButForCase(file);
        if (other.isPresent()) {
            Path found = other.get();
            String asWritten = fromBook ? "/" + slashes(bookDirectory.relativize(found))
                    : slashes(source.toAbsolutePath().getParent().relativize(found));
            return new InputException(source, line, message + " Did you mean "
                    + slashes(bookDirectory.relativize(found)) + "? Its name differs only in case, which "
                    + "matters on most systems that build books: write '" + asWritten + "'.");
        }
        if (fromBook) {
            return new InputException(source, line, message + " If the column comes from a Jekyll or Hugo "
                    + "site, copy the site's assets/ folder (Jekyll), or what is inside its static/ folder "
                    + "(Hugo), into the book folder " + bookDirectory + ", so that the image is at " + file + ".");
        }
        return new InputException(source, line, message + " Check the name, or put the image there.");
    }

    /**
     * The file inside the book folder whose path differs from {@code file} only in the case of its
     * letters, found by listing one folder on the way at a time.
     */
    private Optional<Path> sameButForCase(Path file) {
        Path here = bookDirectory;
        for (Path name : bookDirectory.relativize(file)) {
            Path exact = here.resolve(name);
            if (Files.exists(exact)) {
                here = exact;
                continue;
            }
            if (!Files.isDirectory(here)) {
                return Optional.empty();
            }
            try (Stream<Path> entries = Files.list(here)) {
                Optional<Path> match = entries.filter(p -> p.getFileName().toString()
                        .equalsIgnoreCase(name.toString())).sorted().findFirst();
                if (match.isEmpty()) {
                    return Optional.empty();
                }
                here = match.get();
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        try {
            return Files.isRegularFile(here) && here.toRealPath().startsWith(realBookDirectory)
                    ? Optional.of(here) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static InputException outside(Path source, int line, String ref) {
        return new InputException(source, line, "the image '" + ref + "' lies outside the book folder. "
                + "Copy it into the book's images/ folder and refer to it there.");
    }

    static Format sniff(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(1024);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read the image " + file + ": " + e, e);
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (startsWith(head, 'G', 'I', 'F', '8') && head.length > 5 && head[5] == 'a') {
            return Format.GIF;
        }
        if (startsWith(head, 'R', 'I', 'F', 'F') && head.length >= 12 && head[8] == 'W' && head[9] == 'E'
                && head[10] == 'B' && head[11] == 'P') {
            return Format.WEBP;
        }
        String text = new String(head, StandardCharsets.UTF_8).stripLeading();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1).stripLeading();
        }
        if ((text.startsWith("<?xml") || text.startsWith("<!--") || text.startsWith("<svg")
                || text.startsWith("<!DOCTYPE svg")) && text.contains("<svg")) {
            return Format.SVG;
        }
        return null;
    }

    private static boolean startsWith(byte[] head, int... signature) {
        if (head.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** "PNG, JPEG or GIF": the formats in their declared order. */
    private static String names(Set<Format> formats) {
        List<String> names = formats.stream().sorted().map(f -> f.displayName).toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Markdown writes spaces in paths as %20: decode %XX escapes as UTF-8, leave anything else. */
    static String percentDecode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int codePoint = s.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(codePoint) - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
