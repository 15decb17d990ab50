package org.columnpress.core.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.render.ImageFormat;

/**
 * Resolves an image reference to its file: a path relative to the referring file, or one that starts
 * with / taken from the book folder (as a site generator takes it from the site's root), or an address
 * on the author's own site whose path the book folder holds ({@link #ownSite}), to a regular
 * file inside the book folder (also after following symbolic links), never fetched from the network; a
 * name that differs only in case is named in the error ({@link SameButCase}). What the file holds is
 * checked by {@link ImageChecks}.
 */
final class ImageFiles {

    private final Path bookDirectory;
    private final Path realBookDirectory;
    private final ImageChecks checks;

    ImageFiles(Path bookDirectory, Reporter reporter) {
        this.bookDirectory = bookDirectory.toAbsolutePath().normalize();
        try {
            this.realBookDirectory = bookDirectory.toRealPath();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read the book folder " + bookDirectory + ": " + e, e);
        }
        this.checks = new ImageChecks(this.bookDirectory, reporter);
    }

    /**
     * @param source  the file that refers to the image (a column, or book.yaml)
     * @param line    the line of the reference in {@code source}
     * @param ref     the reference as written
     * @param allowed the formats acceptable here
     * @return the absolute, normalised path of the image
     */
    Path resolve(Path source, int line, String ref, Set<ImageFormat> allowed) {
        String path = percentDecode(ref.strip());
        if (isWeb(path)) {
            // An address on the author's own site (https://user.github.io/assets/x.png) names a file the
            // site was built from: when the book folder holds it at that path, it is that file.
            path = ownSite(ref).orElseThrow(() -> new InputException(source, line, "the image '" + ref
                    + "' is on the web; images are never fetched during a build. Download it into the book's "
                    + "images/ folder and refer to it by a relative path (an image on your own site is found "
                    + "without a change when the book folder holds it at the same path as the site)."));
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
        checks.check(source, line, ref, file, allowed);
        return file;
    }

    /** Whether the reference is an address on the web (http, https, or without a scheme: //host/…). */
    static boolean isWeb(String ref) {
        String lower = ref.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//");
    }

    /**
     * The path from the book folder ({@code /assets/x.png}, %XX decoded) of a web address as written, when
     * the book folder holds a file at the address's path, as a blog's own images are; otherwise empty. The
     * host is not compared: the book does not know the site's address, and a file at that very path is
     * evidence enough.
     */
    Optional<String> ownSite(String url) {
        String rest = percentDecode(url.strip()).replaceFirst("(?i)^(https?:)?//[^/?#]*", "");
        String path = rest.replaceFirst("[?#].*$", "");
        if (!path.startsWith("/") || path.length() < 2 || path.contains("\\")) {
            return Optional.empty();
        }
        try {
            Path file = bookDirectory.resolve(path.substring(1)).normalize();
            return file.startsWith(bookDirectory) && insideBook(file) ? Optional.of(path) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private InputException missing(Path source, int line, String ref, Path file, boolean fromBook) {
        String message = "the image '" + ref + "' does not exist (looked for " + file
                + (fromBook ? ": a path that starts with / is taken from the book folder, as a site generator "
                        + "takes it from the site's root)." : ").");
        Optional<Path> other = SameButCase.file(bookDirectory, file).filter(this::insideBook);
        if (other.isPresent()) {
            Path found = other.get();
            String asWritten = fromBook ? "/" + BookReader.slashes(bookDirectory.relativize(found))
                    : BookReader.slashes(source.toAbsolutePath().getParent().relativize(found));
            return new InputException(source, line, message
                    + SameButCase.didYouMean(BookReader.slashes(bookDirectory.relativize(found)))
                    + " Write '" + asWritten + "'.");
        }
        if (fromBook) {
            return new InputException(source, line, message + " If the column comes from a Jekyll or Hugo "
                    + "site, copy the site's assets/ folder (Jekyll), or what is inside its static/ folder "
                    + "(Hugo), into the book folder " + bookDirectory + ", so that the image is at " + file + ".");
        }
        return new InputException(source, line, message + " Check the name, or put the image there.");
    }

    /** A regular file that, after following symbolic links, still lies inside the book folder. */
    private boolean insideBook(Path file) {
        try {
            return Files.isRegularFile(file) && file.toRealPath().startsWith(realBookDirectory);
        } catch (IOException e) {
            return false;
        }
    }

    private static InputException outside(Path source, int line, String ref) {
        return new InputException(source, line, "the image '" + ref + "' lies outside the book folder. "
                + "Copy it into the book's images/ folder and refer to it there.");
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
