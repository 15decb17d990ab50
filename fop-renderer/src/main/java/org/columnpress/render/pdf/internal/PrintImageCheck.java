package org.columnpress.render.pdf.internal;

import java.awt.Dimension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;
import org.columnpress.core.print.PrinterProfile;
import org.columnpress.core.render.ImageFormat;
import org.columnpress.core.render.ImagePixels;
import org.columnpress.render.pdf.internal.preflight.DrawnImage;
import org.columnpress.render.pdf.internal.preflight.Preflight;

/**
 * Warns about each raster image that prints under 300 pixels per inch in the print PDF (the columns', the
 * parts' introductions', the front and back matter's, an about-the-author photo), naming the text that
 * shows it and the image file. Measured where the printer measures it, in the PDF: each image drawn, its pixels over
 * the size it is drawn at, as the preflight's reading of the PDF found them. The drawings are matched to
 * the book's images in reading order by their size in pixels (the prepared copy FOP read), so an image used
 * twice at two sizes is judged at each.
 */
final class PrintImageCheck {

    /** What printers ask of every image at its printed size (KDP, IngramSpark, Lulu). */
    static final int MIN_PPI = PrinterProfile.MIN_IMAGE_PPI;

    /** One image of the book, the text that shows it (for the message), with the size in pixels FOP embedded. */
    private record Use(Path text, Path image, Dimension pixels) {
    }

    private final List<Use> uses;

    private PrintImageCheck(List<Use> uses) {
        this.uses = List.copyOf(uses);
    }

    /**
     * The book's images with the pixels of the copies FOP embeds: read while the copies exist, so that the
     * check itself may run later (beside other work), from the PDF alone.
     */
    static PrintImageCheck of(Book book, UnaryOperator<Path> imageFiles) {
        List<Use> uses = new ArrayList<>();
        // Where a message sends the writer: the text's file; a photo or text without one is book.yaml's.
        Path bookYaml = book.directory().resolve("book.yaml");
        BiConsumer<Path, Path> use = (text, image) -> {
            Path file = imageFiles.apply(image);
            if (ImageFormat.sniff(file) != ImageFormat.SVG) {
                ImagePixels.of(file).ifPresent(size -> uses.add(new Use(text, image, size)));
            }
        };
        book.walkImages(new Book.ImageWalk() {
            @Override
            public void photo(Matter matter, Path photo) {
                use.accept(matter.file().orElse(bookYaml), photo);
            }

            @Override
            public void matter(Matter matter, Block.Image image) {
                use.accept(matter.file().orElse(bookYaml), image.file());
            }

            @Override
            public void part(Part part, Block.Image image) {
                use.accept(part.introFile().orElse(bookYaml), image.file());
            }

            @Override
            public void column(Column column, Block.Image image) {
                use.accept(column.file(), image.file());
            }
        });
        return new PrintImageCheck(uses);
    }

    /**
     * Warns about each of the book's images that the print PDF prints under {@value #MIN_PPI} ppi.
     *
     * @param drawn every image the print PDF draws, in page order (read with its preflight, or by
     *              {@link Preflight#drawnImages})
     * @return how many of the book's images it warned about
     */
    int check(List<DrawnImage> drawn, Book book, String printer, Reporter reporter) {
        if (uses.isEmpty()) {
            return 0;
        }
        Map<Use, Double> lowest = new LinkedHashMap<>();
        int next = 0;
        for (DrawnImage image : drawn) {
            int at = find(uses, next, image.pixelsWide(), image.pixelsHigh());
            if (at < 0) {
                at = find(uses, 0, image.pixelsWide(), image.pixelsHigh());
            }
            if (at < 0) {
                continue; // not one of the book's images (a user stylesheet's own)
            }
            next = at + 1;
            lowest.merge(uses.get(at), image.ppi(), Math::min);
        }
        int warned = 0;
        for (Map.Entry<Use, Double> entry : lowest.entrySet()) {
            Use use = entry.getKey();
            double ppi = entry.getValue();
            if (ppi < MIN_PPI - 0.5) {
                warned++;
                reporter.warn(new Warning("images under " + MIN_PPI + " ppi in the print PDF", use.text(), 0,
                        "the image " + shown(book, use.image()) + " prints at " + Math.round(ppi) + " ppi in the"
                        + " print PDF for " + printer + ", where printers want " + MIN_PPI + ": a larger image, or"
                        + " one printed smaller, prints sharper."));
            }
        }
        return warned;
    }

    private static int find(List<Use> uses, int from, int width, int height) {
        for (int i = from; i < uses.size(); i++) {
            Dimension d = uses.get(i).pixels();
            if (d.width == width && d.height == height) {
                return i;
            }
        }
        return -1;
    }

    /** An image as messages name it: relative to the book folder, with forward slashes. */
    private static String shown(Book book, Path image) {
        Path relative = image.startsWith(book.directory()) ? book.directory().relativize(image) : image;
        return relative.toString().replace('\\', '/');
    }
}
