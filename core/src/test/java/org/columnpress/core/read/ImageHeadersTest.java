package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.render.ImageFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An image's pixel size comes from its header alone, and a header that declares too many is refused. */
class ImageHeadersTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "png, PNG, 120, 80",
        "jpg, JPEG, 120, 80",
        "gif, GIF, 120, 80",
        "lossy, WEBP, 120, 80",
        "lossless, WEBP, 120, 80",
        "alpha, WEBP, 64, 48",
    })
    void theSizeIsReadFromTheHeaderOfEveryRasterFormat(String kind, ImageFormat format, long width,
            long height) throws IOException {
        TestBooks.Folder folder = TestBooks.folder(dir);
        if (format == ImageFormat.WEBP) {
            folder.webp("picture", kind);
        } else {
            folder.image("picture", kind);
        }
        assertThat(ImageFormat.sniff(folder.path("picture"))).isEqualTo(format);
        assertThat(ImageHeaders.read(folder.path("picture"), format))
                .isEqualTo(new ImageHeaders.Size(width, height));
    }

    @Test
    void aPngThatDeclaresSixtyThousandPixelsSquareIsRefusedByItsHeaderWithFileLineAndSize() throws IOException {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").pngDeclaring("images/huge.png", 60000, 60000)
                .write("columns/c.md", "# T\n\nText.\n\n![a huge picture](../images/huge.png)\n");
        assertThat(Files.size(book.path("images/huge.png"))).isLessThan(1000);
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(book.path("columns/c.md"));
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains("'../images/huge.png' (images/huge.png)")
                    .contains("declares 60,000 x 60,000 pixels").contains("3,600 megapixels")
                    .contains("more than the 100 megapixels");
        });
    }

    @Test
    void aPngAtTheLimitIsAccepted() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").pngDeclaring("images/big.png", 10000, 10000)
                .write("columns/c.md", "# T\n\n![a big picture](../images/big.png)\n");
        assertThat(book.read().columns()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"jpg|20,000 x 20,000", "gif|20,000 x 20,000", "alpha|16,000 x 16,000"})
    void everyRasterFormatIsHeldToTheLimit(String kind, String declared) throws IOException {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .write("columns/c.md", "# T\n\n![a picture](../images/picture)\n");
        if (kind.equals("alpha")) {
            book.webp("images/picture", kind);
        } else {
            book.image("images/picture", kind);
        }
        Path file = book.path("images/picture");
        Files.write(file, declaring(Files.readAllBytes(file), kind));
        assertThatThrownBy(book::read).isInstanceOf(InputException.class).hasMessageContaining("c.md:3:")
                .hasMessageContaining("declares " + declared + " pixels");
    }

    @Test
    void aPngWhoseHeaderIsCutShortIsADamagedImage() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n")
                .writeBytes("images/cut.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0})
                .write("columns/c.md", "# T\n\n![cut](../images/cut.png)\n");
        assertThatThrownBy(book::read).isInstanceOf(InputException.class).hasMessageContaining("c.md:3:")
                .hasMessageContaining("is a damaged PNG").hasMessageContaining("ends before its header");
    }

    /** The image's bytes with its header changed to declare a huge size (the pixel data left as it was). */
    private static byte[] declaring(byte[] bytes, String kind) {
        switch (kind) {
            case "jpg" -> {
                for (int i = 2; i + 8 < bytes.length; i++) {
                    if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xC0) {
                        putBigEndian(bytes, i + 5, 20000);
                        putBigEndian(bytes, i + 7, 20000);
                        return bytes;
                    }
                }
                throw new AssertionError("no SOF0 in the JPEG");
            }
            case "gif" -> {
                putLittleEndian(bytes, 6, 20000);
                putLittleEndian(bytes, 8, 20000);
                return bytes;
            }
            case "alpha" -> { // VP8X: canvas width - 1 and height - 1, 24 bits each, from byte 24
                putLittleEndian(bytes, 24, 15999);
                bytes[26] = 0;
                putLittleEndian(bytes, 27, 15999);
                bytes[29] = 0;
                return bytes;
            }
            default -> throw new IllegalArgumentException(kind);
        }
    }

    private static void putBigEndian(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >> 8);
        bytes[at + 1] = (byte) value;
    }

    private static void putLittleEndian(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        bytes[at + 1] = (byte) (value >> 8);
    }
}
