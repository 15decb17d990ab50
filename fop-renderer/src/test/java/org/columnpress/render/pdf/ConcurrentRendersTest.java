package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.Renderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One renderer renders two books at once (as a build server might) into one folder; both books have an
 * image at the same path, images/picture.jpg, of a different colour, each large enough to be downsampled.
 * Each PDF must carry its own book's picture, downsampled, and no prepared copy may be left behind.
 */
class ConcurrentRendersTest {

    private static final int RED = 0xCC2222;
    private static final int BLUE = 0x2244CC;

    @TempDir
    Path dir;

    @Test
    void twoBooksRenderedAtOnceEachGetTheirOwnPicture() throws Exception {
        Book red = book("red", RED);
        Book blue = book("blue", BLUE);
        Renderer renderer = new PdfRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()));
        Path out = Files.createDirectories(dir.resolve("out"));
        for (int round = 0; round < 2; round++) {
            CyclicBarrier start = new CyclicBarrier(2);
            CompletableFuture<Path> redPdf = CompletableFuture.supplyAsync(() -> render(renderer, red, out, "red", start));
            CompletableFuture<Path> bluePdf = CompletableFuture.supplyAsync(() -> render(renderer, blue, out, "blue", start));

            assertThat(colours(redPdf.get())).as("round %d, red book", round).singleElement().isEqualTo(RED);
            assertThat(colours(bluePdf.get())).as("round %d, blue book", round).singleElement().isEqualTo(BLUE);
        }
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("red.pdf", "blue.pdf");
        }
    }

    private Book book(String name, int rgb) {
        return TestBooks.folder(dir.resolve(name), "title: " + name + "\n")
                .write("columns/a.md", "# A picture\n\n![The picture](../images/picture.jpg)\n")
                .solid("images/picture.jpg", 2000, 1300, rgb, "jpg").read();
    }

    private static Path render(Renderer renderer, Book book, Path out, String name, CyclicBarrier start) {
        try {
            start.await();
            return renderer.render(book, out, name).get(0).path();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The colour at the centre of every image in the PDF; each must have been downsampled. */
    private static List<Integer> colours(Path pdf) throws Exception {
        List<Integer> colours = new ArrayList<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>()); // pages share resources
        try (PDDocument doc = Pdfs.open(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image
                            && seen.add(image.getCOSObject())) {
                        assertThat(image.getWidth()).as("downsampled").isLessThan(2000);
                        BufferedImage pixels = image.getImage();
                        colours.add(nearest(pixels.getRGB(pixels.getWidth() / 2, pixels.getHeight() / 2)));
                    }
                }
            }
        }
        return colours;
    }

    /** RED or BLUE, whichever the JPEG-encoded pixel is closer to. */
    private static int nearest(int argb) {
        int r = argb >> 16 & 0xFF;
        int b = argb & 0xFF;
        return r > b ? RED : BLUE;
    }
}
