package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Images come only from inside the book folder, are real images, and are never fetched. */
class HostileInputTest {

    @TempDir
    Path root;

    private TestBooks.Folder book() {
        return TestBooks.folder(root.resolve("book"), "title: B\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|lies outside the book folder",
        "../../outside.png|lies outside the book folder",
        "/../outside.png|lies outside the book folder",
        "/etc/passwd|does not exist",
        "C:\\images\\p.png|has a Windows path",
        "C:/images/p.png|has a Windows path",
        "//example.org/p.png|never fetched",
        "file:///etc/passwd|is not a file path",
        "http://example.org/p.png|never fetched",
        "https://example.org/p.png|Download it into the book's images/ folder",
        "../images/fake.png|is not a PNG, JPEG, GIF, WebP or SVG image",
        "../images|is not a file",
    })
    void imagesThatAreNotSafeLocalImagesAreRefused(String ref, String message) {
        TestBooks.Folder book = book().png("images/p.png").write("images/fake.png", "not an image")
                .write("columns/c.md", "# T\n\nText.\n\n![alt](" + ref + ")\n");
        TestBooks.folder(root).png("outside.png");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(book.path("columns/c.md"));
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage()).contains(ref).contains(message);
        });
    }

    @Test
    void aSymbolicLinkThatLeadsOutsideIsRefused() throws IOException {
        TestBooks.folder(root).png("secret.png");
        TestBooks.Folder book = book().write("columns/c.md", "# T\n\n![alt](../images/link.png)\n");
        Files.createDirectories(book.path("images"));
        Files.createSymbolicLink(book.path("images/link.png"), root.resolve("secret.png"));
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining("c.md:3:").hasMessageContaining("outside the book folder");
    }

    @Test
    void aPathThatStartsWithASlashIsTakenFromTheBookFolderAsASiteGeneratorTakesItFromTheSiteRoot() {
        TestBooks.Folder book = book().png("assets/posts/x.png")
                .write("columns/c.md", "# T\n\n![a](/assets/posts/x.png)\n");
        assertThat(book.read().columns().get(0).body()).singleElement().isInstanceOfSatisfying(Block.Image.class,
                image -> assertThat(image.file()).isEqualTo(book.path("assets/posts/x.png").toAbsolutePath()));
    }

    @Test
    void aCoverPathThatStartsWithASlashIsTakenFromTheBookFolderToo() {
        TestBooks.Folder book = TestBooks.folder(root.resolve("book"), "title: B\ncover: /static/cover.png\n")
                .png("static/cover.png").write("columns/c.md", "# T\n\nx\n");
        assertThat(book.read().cover()).contains(book.path("static/cover.png").toAbsolutePath().normalize());
    }

    @Test
    void aMissingSiteImageSaysWhereItLookedAndToCopyTheSitesAssetsOrStaticFolder() {
        TestBooks.Folder book = book().write("columns/c.md", "# T\n\n![a](/assets/posts/x.png)\n");
        assertThatThrownBy(book::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(book.path("columns/c.md"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("'/assets/posts/x.png' does not exist")
                    .contains("looked for " + book.path("assets/posts/x.png").toAbsolutePath())
                    .contains("assets/ folder (Jekyll)").contains("static/ folder (Hugo)");
        });
    }

    @Test
    void aSiteImageThatIsASymbolicLinkToOutsideIsRefused() throws IOException {
        TestBooks.folder(root).png("secret.png");
        TestBooks.Folder book = book().write("columns/c.md", "# T\n\n![alt](/assets/link.png)\n");
        Files.createDirectories(book.path("assets"));
        Files.createSymbolicLink(book.path("assets/link.png"), root.resolve("secret.png"));
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining("c.md:3:").hasMessageContaining("outside the book folder");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "../images/Photo.PNG|images/photo.png|../images/photo.png",
        "../Images/photo.png|images/photo.png|../images/photo.png",
        "/IMAGES/PHOTO.png|images/photo.png|/images/photo.png",
    })
    void aNameThatDiffersOnlyInCaseFromAFileNamesThatFile(String ref, String exists, String write) {
        TestBooks.Folder book = book().png("images/photo.png").write("columns/c.md", "# T\n\n![a](" + ref + ")\n");
        assertThatThrownBy(book::read).isInstanceOf(InputException.class).hasMessageContaining("c.md:3:")
                .hasMessageContaining("does not exist").hasMessageContaining("Did you mean " + exists + "?")
                .hasMessageContaining("Write '" + write + "'");
    }

    @Test
    void aColumnThatIsASymbolicLinkToOutsideIsRefused() throws IOException {
        Files.writeString(root.resolve("passwd.txt"), "root:x:0:0\n");
        TestBooks.Folder book = book();
        Files.createDirectories(book.path("columns"));
        Files.createSymbolicLink(book.path("columns/c.txt"), root.resolve("passwd.txt"));
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining("c.txt").hasMessageContaining("outside the book folder");
    }

    @Test
    void imagesInsideTheBookAreAcceptedBySniffingNotByName() {
        TestBooks.Folder book = book().png("images/photo.jpg-but-png")
                .write("images/drawing.svg", "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("columns/c.md", "# T\n\n![a](../images/photo.jpg-but-png)\n![b](../images/drawing.svg)\n");
        Book read = book.read();
        assertThat(read.columns().get(0).body()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"lossy", "lossless", "alpha"})
    void aWebPImageIsAcceptedByItsBytesLikeTheOtherFormats(String kind) {
        TestBooks.Folder book = book().webp("images/picture", kind)
                .write("columns/c.md", "# T\n\n![a WebP picture](../images/picture)\n");
        assertThat(book.read().columns().get(0).body()).singleElement().isInstanceOfSatisfying(Block.Image.class,
                image -> assertThat(image.file()).isEqualTo(book.path("images/picture").toAbsolutePath()));
    }

    @Test
    void theCoverMustBePngOrJpeg() {
        TestBooks.Folder book = TestBooks.folder(root.resolve("book"), "title: B\ncover: images/c.svg\n")
                .write("images/c.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>")
                .write("columns/c.md", "# T\n\nx\n");
        assertThatThrownBy(book::read).isInstanceOf(InputException.class)
                .hasMessageContaining("book.yaml:2:").hasMessageContaining("not a PNG or JPEG image");
        book.png("images/c.png").write("book.yaml", "title: B\ncover: images/c.png\n");
        assertThat(book.read().cover()).contains(book.path("images/c.png").toAbsolutePath().normalize());
    }

    @Test
    void readingNeverWritesIntoTheBookFolder() throws IOException {
        TestBooks.Folder book = book().png("images/p.png").write("columns/c.md", "# T\n\n![a](../images/p.png)\n");
        long before;
        try (var files = Files.walk(book.dir)) {
            before = files.count();
        }
        book.read();
        try (var files = Files.walk(book.dir)) {
            assertThat(files.count()).isEqualTo(before);
        }
    }
}
