package org.columnpress.render.web.internal;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
import org.columnpress.core.render.ImageFormat;
import org.columnpress.core.render.ImagePixels;
import org.columnpress.core.render.PreparedImages;
import org.columnpress.core.render.html.HtmlOutput;

/**
 * The book's images in the site: the cover and every image of the columns, the parts' introductions and the
 * front and back matter the site shows ({@link Site#pages}), each
 * once, named by its place in reading order ({@code images/img-3.png}), with its size in pixels for the
 * {@code width} and {@code height} that keep the page from jumping while it loads.
 */
final class WebImages {

    /**
     * The widest an image is kept, in pixels: twice the text's measure (about 700 CSS pixels) for sharp
     * pictures on high-density screens; wider PNGs and JPEGs are downsampled to it.
     */
    static final int MAX_WIDTH = 1600;

    /** An image in the site: where it is, relative to the root, and its size (0 when unknown: SVG). */
    record Placed(String path, int width, int height) {
    }

    private final Map<Path, String> names = new LinkedHashMap<>();
    private final Map<Path, Placed> placed = new LinkedHashMap<>();

    private WebImages() {
    }

    /** Names every image of the book (the files are not read yet). */
    static WebImages of(Book book) {
        WebImages images = new WebImages();
        book.cover().ifPresent(cover -> images.name(cover, book.directory()));
        java.util.Set<Matter> shown = new java.util.HashSet<>(Site.pages(book.front()));
        shown.addAll(Site.pages(book.back()));
        book.walkImages(new Book.ImageWalk() {
            @Override
            public void photo(Matter matter, Path photo) {
                if (shown.contains(matter)) {
                    images.name(photo, matter.file().orElse(book.directory()));
                }
            }

            @Override
            public void matter(Matter matter, Block.Image image) {
                if (shown.contains(matter)) {
                    images.name(image.file(), matter.file().orElse(book.directory()));
                }
            }

            @Override
            public void part(Part part, Block.Image image) {
                images.name(image.file(), part.introFile().orElse(book.directory()));
            }

            @Override
            public void column(Column column, Block.Image image) {
                images.name(image.file(), column.file());
            }
        });
        return images;
    }

    private void name(Path file, Path referrer) {
        Path key = file.toAbsolutePath().normalize();
        if (names.containsKey(key)) {
            return;
        }
        ImageFormat format = ImageFormat.sniff(key);
        if (format == null) {
            // The book reader refuses such a file, naming the column and line (core's ImageChecks).
            throw new IllegalStateException("not an image the reader accepts: " + file + " in " + referrer);
        }
        String extension = format == ImageFormat.JPEG ? "jpg" : format.name().toLowerCase(Locale.ROOT);
        names.put(key, Site.IMAGES + "img-" + (names.size() + 1) + "." + extension);
    }

    /** The images to copy, in order. */
    List<Path> files() {
        return List.copyOf(names.keySet());
    }

    /** Where an image goes in the site, relative to the root. */
    String path(Path file) {
        return names.get(file.toAbsolutePath().normalize());
    }

    /** Notes the size of each image as copied (the prepared copy, which may have fewer pixels). */
    void measure(PreparedImages prepared) {
        for (Map.Entry<Path, String> entry : names.entrySet()) {
            Dimension size = ImagePixels.of(prepared.file(entry.getKey())).orElse(new Dimension());
            placed.put(entry.getKey(), new Placed(entry.getValue(), size.width, size.height));
        }
    }

    /** A page's view of the images: its links to them, with their sizes, from its folder. */
    HtmlOutput output(String root) {
        return new HtmlOutput() {
            @Override
            public String name() {
                return "web edition";
            }

            @Override
            public ImageLink image(Path file) {
                Placed image = placed.get(file.toAbsolutePath().normalize());
                if (image == null) {
                    throw new IllegalStateException("image not catalogued: " + file);
                }
                boolean svg = image.path().endsWith(".svg");
                return new ImageLink(root + image.path(), svg ? 0 : image.width(), svg ? 0 : image.height());
            }
        };
    }

    /** The downsampling rule of {@link #MAX_WIDTH}, aspect ratio kept. */
    static double scale(int width, int height) {
        return Math.min(1, (double) MAX_WIDTH / width);
    }
}
