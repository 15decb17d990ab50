package org.columnpress.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FOP decodes WebP through the TwelveMonkeys ImageIO reader, so a WebP image is printed like any other. */
class WebpImageTest {

    @TempDir
    Path dir;

    @Test
    void eachWebPImageLandsInThePdfAsAnImageOfItsOwnPixelSize() throws IOException {
        Book book = TestBooks.webpBook(dir.resolve("book"));
        RecordingReporter reporter = new RecordingReporter();
        List<RenderedFile> files = new PdfRendererFactory().create(TestBooks.options(Map.of(), reporter))
                .render(book, Files.createDirectories(dir.resolve("out")), "book");

        Map<COSBase, String> sizes = new IdentityHashMap<>(); // pages may share one resource dictionary
        Set<COSBase> masks = Collections.newSetFromMap(new IdentityHashMap<>());
        try (PDDocument pdf = Pdfs.open(files.get(0).path())) {
            for (PDPage page : pdf.getPages()) {
                collectImages(page.getResources(), sizes, masks);
            }
        }
        assertThat(masks).as("the disc keeps its transparency, as a soft mask").hasSize(1);
        masks.forEach(sizes::remove);
        assertThat(sizes.values()).containsExactlyInAnyOrder("120 x 80", "120 x 80", "64 x 48");
        assertThat(reporter.warnings).noneMatch(w -> w.contains("webp"));
    }

    private static void collectImages(PDResources resources, Map<COSBase, String> sizes, Set<COSBase> masks)
            throws IOException {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image) {
                sizes.put(image.getCOSObject(), image.getWidth() + " x " + image.getHeight());
                if (image.getSoftMask() != null) {
                    masks.add(image.getSoftMask().getCOSObject());
                }
            } else if (object instanceof PDFormXObject form) {
                collectImages(form.getResources(), sizes, masks);
            }
        }
    }
}
