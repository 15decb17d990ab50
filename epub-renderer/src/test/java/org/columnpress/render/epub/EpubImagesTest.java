package org.columnpress.render.epub;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.columnpress.core.NoNetwork;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images as the EPUB carries them: large photos downsampled, SVGs made safe; epubcheck on the result. */
class EpubImagesTest {

    @TempDir
    Path dir;

    @Test
    void aLargePhotoIsDownsampledAndAHostileSvgIsWrittenSafelyWithNothingFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            TestBooks.Folder folder = TestBooks.folder(dir.resolve("book"),
                    "title: Beelden\nauthor: A. Auteur\nlanguage: nl\n")
                    .photo("images/large.jpg", 3000, 2000, "jpg")
                    .write("images/hostile.svg", TestBooks.hostileSvg(server.getLocalPort()))
                    .write("columns/a.md", "# Beelden\n\n![Een grote foto](../images/large.jpg)\n\n"
                            + "![Een tekening](../images/hostile.svg)\n");
            Book book = folder.read();
            RecordingReporter reporter = new RecordingReporter();
            Path epub = new EpubRendererFactory()
                    .create(TestBooks.options(Map.of("image-max-pixels", "2000000"), reporter))
                    .render(book, java.nio.file.Files.createDirectories(dir.resolve("out")), "boek").get(0).path();

            try (ZipFile zip = new ZipFile(epub.toFile())) {
                ZipEntry photo = zip.stream().filter(e -> e.getName().endsWith(".jpg")).findFirst().orElseThrow();
                BufferedImage image = ImageIO.read(zip.getInputStream(photo));
                assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(2_000_000).isGreaterThan(1_990_000);
                assertThat((double) image.getWidth() / image.getHeight()).isCloseTo(1.5, org.assertj.core.data.Offset.offset(0.01));
                ZipEntry svg = zip.stream().filter(e -> e.getName().endsWith(".svg")).findFirst().orElseThrow();
                String text = new String(zip.getInputStream(svg).readAllBytes(), StandardCharsets.UTF_8);
                assertThat(text).contains("<rect").doesNotContain("script", "onload", "foreignObject", "127.0.0.1",
                        "file:", "javascript:", "ENTITY");
            }
            // said once for the book, when it is read; the outputs do not repeat it
            assertThat(folder.reporter.warnings).anyMatch(w -> w.contains("hostile.svg") && w.contains("script"));
            assertThat(reporter.infos).anyMatch(i -> i.startsWith("EPUB images: 1 of 2 downsampled, "));
            assertThat(EpubChecker.problems(epub)).isEmpty();
            NoNetwork.assertNothingConnected(server, "rendering the SVG");
        }
    }

    @Test
    void byDefaultAPhotoKeepsAMillionPixelsAndTheCoverKeepsAllOfItsOwn() throws Exception {
        Book book = TestBooks.folder(dir.resolve("book"), "title: Omslag\nlanguage: nl\ncover: images/cover.jpg\n")
                .photo("images/cover.jpg", 1600, 2400, "jpg")
                .photo("images/photo.jpg", 1600, 1000, "jpg")
                .write("columns/a.md", "# Foto\n\n![Een foto](../images/photo.jpg)\n")
                .read();
        Path epub = new EpubRendererFactory().create(TestBooks.options(Map.of(), new RecordingReporter()))
                .render(book, java.nio.file.Files.createDirectories(dir.resolve("out")), "boek").get(0).path();

        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Map<Boolean, BufferedImage> byCover = new java.util.HashMap<>();
            for (ZipEntry entry : zip.stream().filter(e -> e.getName().endsWith(".jpg")).toList()) {
                BufferedImage image = ImageIO.read(zip.getInputStream(entry));
                byCover.put(image.getHeight() > image.getWidth(), image);
            }
            assertThat(byCover.get(true).getWidth()).as("the cover, as the stores want it").isEqualTo(1600);
            assertThat(byCover.get(true).getHeight()).isEqualTo(2400);
            BufferedImage photo = byCover.get(false);
            assertThat((long) photo.getWidth() * photo.getHeight()).isLessThanOrEqualTo(1_000_000)
                    .isGreaterThan(990_000);
        }
        assertThat(EpubChecker.problems(epub)).isEmpty();
    }
}
