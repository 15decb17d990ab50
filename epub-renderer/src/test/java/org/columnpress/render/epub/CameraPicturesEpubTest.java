package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.render.RenderOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pictures as cameras write them, in the EPUB: stored on their side with an EXIF orientation, which not
 * every reading system applies, they are carried upright (the small one too, though it needs no
 * downsampling) and with no EXIF to turn them again; a wide-gamut one carries its colours as sRGB.
 */
class CameraPicturesEpubTest {

    @TempDir
    Path dir;

    @Test
    void picturesOnTheirSideAreUprightAndWideGamutColoursAreRight() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path epub = new EpubRendererFactory()
                .create(new RenderOptions(Map.of(), out, TestBooks.TIMESTAMP, new RecordingReporter()))
                .render(TestBooks.cameraBook(dir.resolve("book")), out, "book").get(0).path();
        EpubContents contents = new EpubContents(epub);
        List<byte[]> jpegs = contents.entries.entrySet().stream().filter(e -> e.getKey().endsWith(".jpg"))
                .map(Map.Entry::getValue).toList();
        assertThat(jpegs).hasSize(3);
        assertThat(jpegs).noneMatch(bytes -> new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
                .contains("Exif\0\0"));
        List<BufferedImage> images = jpegs.stream().map(CameraPicturesEpubTest::decode).toList();
        assertThat(images.stream().filter(i -> i.getHeight() > i.getWidth())).as("upright").hasSize(2)
                .allSatisfy(i -> assertThat(isRed(i.getRGB(i.getWidth() - 5, 5))).as("red at the top right").isTrue());
        BufferedImage wide = images.stream().filter(i -> i.getWidth() == 2 * i.getHeight()).findFirst().orElseThrow();
        assertThat(TestBooks.sameColour(wide.getRGB(wide.getWidth() / 2, wide.getHeight() / 2) & 0xFFFFFF,
                TestBooks.WIDE_GAMUT_AS_SRGB, 4)).as("the wide-gamut colour, as sRGB").isTrue();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60;
    }
}
