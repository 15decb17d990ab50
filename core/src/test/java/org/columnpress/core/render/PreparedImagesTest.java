package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PreparedImagesTest {

    @TempDir
    Path dir;

    @Test
    void aLargeJpegAndPngAreDownsampledInTheirOwnFormatsAndTheInputsStayAsTheyWere() throws Exception {
        Path jpeg = write("photo.jpg", TestBooks.photo(4400, 2200, "jpg", 1));
        Path png = write("alpha.png", translucentPng(1200, 900));
        Path small = write("small.jpg", TestBooks.photo(200, 100, "jpg", 2));
        byte[] jpegBefore = Files.readAllBytes(jpeg);
        RecordingReporter reporter = new RecordingReporter();

        try (PreparedImages images = PreparedImages.prepare(List.of(jpeg, png, small), dir.resolve("out"),
                (w, h) -> Math.min(1, 1000.0 / w), "PDF", reporter)) {
            BufferedImage photo = ImageIO.read(images.file(jpeg).toFile());
            assertThat(photo.getWidth()).isEqualTo(1000);
            assertThat(photo.getHeight()).isEqualTo(500);
            assertThat(images.file(jpeg).toString()).endsWith(".jpg");
            assertThat(Files.size(images.file(jpeg))).isLessThan(jpegBefore.length);
            BufferedImage alpha = ImageIO.read(images.file(png).toFile());
            assertThat(images.file(png).toString()).endsWith(".png");
            assertThat(alpha.getColorModel().hasAlpha()).isTrue();
            assertThat(alpha.getWidth()).isEqualTo(1000);
            assertThat(alpha.getRGB(10, 10) >>> 24).isBetween(100, 160);
            assertThat(images.file(small)).isEqualTo(small);
        }
        assertThat(Files.readAllBytes(jpeg)).isEqualTo(jpegBefore);
        assertThat(dir.resolve("out")).isEmptyDirectory();
        assertThat(reporter.infos).anyMatch(i -> i.startsWith("PDF images: 2 of 3 downsampled, "));
    }

    @Test
    void theSameImageGivesTheSameBytesEveryTime() throws Exception {
        Path jpeg = write("photo.jpg", TestBooks.photo(1600, 1000, "jpg", 3));
        Path png = write("chart.png", TestBooks.photo(1600, 1000, "png", 4));
        byte[][] first = prepareBytes(jpeg, png, "one");
        byte[][] second = prepareBytes(jpeg, png, "two");
        assertThat(first[0]).isEqualTo(second[0]);
        assertThat(first[1]).isEqualTo(second[1]);
    }

    @Test
    void aWideGamutJpegKeepsItsColoursConvertedToSrgb() throws Exception {
        java.awt.color.ICC_Profile profile = TestBooks.wideGamutProfile();
        Path jpeg = write("adobe.jpg", TestBooks.jpegInProfile(2000, 1000, profile, 60, 160, 200));
        float[] expected = new java.awt.color.ICC_ColorSpace(profile).toRGB(new float[] {60 / 255f, 160 / 255f, 200 / 255f});
        try (PreparedImages images = PreparedImages.prepare(List.of(jpeg), dir.resolve("out"),
                (w, h) -> 0.5, "PDF", new RecordingReporter())) {
            Path copy = images.file(jpeg);
            assertThat(copy).isNotEqualTo(jpeg);
            BufferedImage read = ImageIO.read(copy.toFile());
            assertThat(read.getWidth()).isEqualTo(1000);
            int rgb = read.getRGB(500, 250);
            // The profile's colours as sRGB, not its numbers read as if they were sRGB (60, 160, 200).
            assertThat(rgb >> 16 & 0xFF).isCloseTo(Math.round(expected[0] * 255), org.assertj.core.data.Offset.offset(3));
            assertThat(rgb >> 8 & 0xFF).isCloseTo(Math.round(expected[1] * 255), org.assertj.core.data.Offset.offset(3));
            assertThat(rgb & 0xFF).isCloseTo(Math.round(expected[2] * 255), org.assertj.core.data.Offset.offset(3));
            assertThat(Math.abs((rgb >> 16 & 0xFF) - 60)).as("differs from the raw numbers")
                    .isGreaterThan(15);
        }
    }

    @Test
    void aJpegOnItsSideIsTurnedUprightWhetherOrNotItIsDownsampled() throws Exception {
        Path small = write("small.jpg", TestBooks.jpegWithOrientation(300, 200, 6));
        Path large = write("large.jpg", TestBooks.jpegWithOrientation(3000, 2000, 6));
        Path mirrored = write("mirrored.jpg", TestBooks.jpegWithOrientation(300, 200, 2));
        try (PreparedImages images = PreparedImages.prepare(List.of(small, large, mirrored), dir.resolve("out"),
                (w, h) -> Math.min(1, 1000.0 / Math.max(w, h)), "EPUB", new RecordingReporter())) {
            BufferedImage upright = ImageIO.read(images.file(small).toFile());
            assertThat(upright.getWidth()).isEqualTo(200);
            assertThat(upright.getHeight()).isEqualTo(300);
            // turned a quarter clockwise, the stored top left corner is the top right
            assertThat(isRed(upright.getRGB(190, 10))).isTrue();
            assertThat(isRed(upright.getRGB(10, 10))).isFalse();
            BufferedImage smaller = ImageIO.read(images.file(large).toFile());
            assertThat(smaller.getWidth()).isEqualTo(666);
            assertThat(smaller.getHeight()).isEqualTo(1000);
            assertThat(isRed(smaller.getRGB(650, 20))).isTrue();
            BufferedImage mirror = ImageIO.read(images.file(mirrored).toFile());
            assertThat(mirror.getWidth()).isEqualTo(300);
            assertThat(isRed(mirror.getRGB(290, 10))).isTrue();
        }
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 60;
    }

    private byte[][] prepareBytes(Path jpeg, Path png, String folder) throws Exception {
        try (PreparedImages images = PreparedImages.prepare(List.of(jpeg, png), dir.resolve(folder),
                (w, h) -> 0.5, "EPUB", new RecordingReporter())) {
            return new byte[][] {Files.readAllBytes(images.file(jpeg)), Files.readAllBytes(images.file(png))};
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] translucentPng(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0x80 << 24 | (x & 0xFF) << 16 | (y & 0xFF));
            }
        }
        var out = new java.io.ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
