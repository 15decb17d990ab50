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
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.render.pdf.ImagePlacements.Placement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as cameras write them: stored on their side with an EXIF orientation (which FOP does not
 * apply), and in a wide-gamut colour space with an embedded ICC profile. In the PDF each is upright, the
 * small one too (it needs no downsampling), and the wide-gamut one shows its colours.
 */
class CameraPicturesTest {

    @TempDir
    Path dir;

    @Test
    void picturesOnTheirSideAreUprightAndWideGamutColoursAreRight() throws Exception {
        Path pdf = new PdfRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(TestBooks.cameraBook(dir.resolve("book")), Files.createDirectories(dir.resolve("out")), "book")
                .get(0).path();
        List<Placement> placements;
        List<BufferedImage> images = new ArrayList<>();
        try (PDDocument doc = Pdfs.open(pdf)) {
            placements = ImagePlacements.of(doc);
            Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PDPage page : doc.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject image && seen.add(image.getCOSObject())) {
                        images.add(image.getImage());
                    }
                }
            }
        }
        assertThat(placements).hasSize(3);
        List<Placement> upright = placements.stream().filter(p -> p.pixelHeight() > p.pixelWidth()).toList();
        assertThat(upright).as("both pictures on their side are upright").hasSize(2)
                .allSatisfy(p -> assertThat(p.box().getHeight()).isGreaterThan(p.box().getWidth()));
        assertThat(images.stream().filter(i -> i.getHeight() > i.getWidth()))
                .allSatisfy(i -> assertThat(isRed(i.getRGB(i.getWidth() - 5, 5))).as("red at the top right").isTrue());
        BufferedImage wide = images.stream().filter(i -> i.getWidth() == 2 * i.getHeight()).findFirst().orElseThrow();
        assertThat(TestBooks.sameColour(wide.getRGB(wide.getWidth() / 2, wide.getHeight() / 2) & 0xFFFFFF,
                TestBooks.WIDE_GAMUT_AS_SRGB, 4)).as("the wide-gamut colour, as sRGB").isTrue();
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60;
    }
}
