package org.columnpress.render.epub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;

/**
 * Every image of a book (the cover first, then in reading order), each with its place in the EPUB.
 * Types come from the files' bytes; only their first bytes are read here, the rest while zipping.
 */
final class Images {

    private final Map<Path, Item> byFile = new LinkedHashMap<>();
    private boolean allHaveAlt = true;
    private int inText;
    private final List<Missing> withoutAlt = new ArrayList<>();

    /** An image without alt text: its file, and the file that shows it. */
    record Missing(Path image, Path referrer) {
    }

    static Images of(Book book) {
        Images images = new Images();
        book.cover().ifPresent(cover -> images.add(cover, book.directory(), "cover-image"));
        book.walkImages(new Book.ImageWalk() {
            @Override
            public void photo(Matter matter, Path photo) {
                // The about-the-author photo: its alt text is made from the names, so it always has one.
                images.inText++;
                images.add(photo, matter.file().orElse(book.directory()), null);
            }

            @Override
            public void matter(Matter matter, Block.Image image) {
                images.text(image, matter.file().orElse(book.directory()));
            }

            @Override
            public void part(Part part, Block.Image image) {
                images.text(image, part.introFile().orElse(book.directory()));
            }

            @Override
            public void column(Column column, Block.Image image) {
                images.text(image, column.file());
            }
        });
        return images;
    }

    private void text(Block.Image image, Path referrer) {
        inText++;
        if (image.alt().isBlank()) {
            allHaveAlt = false;
            withoutAlt.add(new Missing(image.file(), referrer));
        }
        add(image.file(), referrer, null);
    }

    /** The manifest item of an image file found by {@link #of}. */
    Item item(Path file) {
        Item item = byFile.get(file.toAbsolutePath().normalize());
        if (item == null) {
            throw new IllegalStateException("image not catalogued: " + file);
        }
        return item;
    }

    List<Map.Entry<Path, Item>> all() {
        return new ArrayList<>(byFile.entrySet());
    }

    /** True when the text holds images: columns, matter, photo (the cover does not count: it has its own alt text). */
    boolean any() {
        return inText > 0;
    }

    boolean allHaveAlt() {
        return allHaveAlt;
    }

    /** The images without alt text, in reading order (each time one is shown). */
    List<Missing> withoutAlt() {
        return List.copyOf(withoutAlt);
    }

    private void add(Path file, Path referrer, String properties) {
        Path key = file.toAbsolutePath().normalize();
        if (byFile.containsKey(key)) {
            return;
        }
        ImageType type = sniff(key, referrer);
        String id = properties != null ? properties : "img-" + (byFile.size() + 1);
        byFile.put(key, new Item(id, "images/" + id + "." + type.extension, type.mediaType, properties));
    }

    private static ImageType sniff(Path file, Path referrer) {
        byte[] head = new byte[512];
        int length = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
                length += n;
            }
        } catch (NoSuchFileException e) {
            throw new InputException(referrer, 0, "image '" + file + "' does not exist. "
                    + "Add the file or correct the path.", e);
        } catch (IOException e) {
            throw new ColumnpressException("Could not read image " + file + ": " + e.getMessage(), e);
        }
        return ImageType.sniff(head, length).orElseThrow(() -> new InputException(referrer, 0,
                "image '" + file + "' is not a PNG, JPEG, GIF, WebP or SVG file, the formats EPUB "
                        + "readers show. Convert it to one of those."));
    }
}
