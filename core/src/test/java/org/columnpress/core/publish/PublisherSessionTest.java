package org.columnpress.core.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A publisher's session keeps its renderers between builds while their settings stay the same. */
class PublisherSessionTest {

    @TempDir
    Path dir;
    Path book;
    final CountingFactory factory = new CountingFactory();
    Publisher.Session session;

    @BeforeEach
    void writeBook() throws IOException {
        book = Files.createDirectories(dir.resolve("book/columns")).getParent();
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\nauthor: Wim Aalbers\nlanguage: nl\n");
        Files.writeString(book.resolve("columns/een.md"), "# Een\n\nEerste column.\n");
        session = new Publisher(Renderers.of(factory), new RecordingReporter()).session();
    }

    @Test
    void aSecondBuildWithTheSameSettingsUsesTheSameRendererAndSeesTheChangedBook() throws IOException {
        session.publish(request(Map.of()));
        Files.writeString(book.resolve("columns/een.md"), "# Een, herschreven\n\nEerste column.\n");
        session.publish(request(Map.of()));

        assertThat(factory.created).hasValue(1);
        assertThat(dir.resolve("target/kolommen.txt")).hasContent("Een, herschreven");
    }

    @Test
    void otherSettingsGetARendererOfTheirOwnAndKeepIt() {
        session.publish(request(Map.of()));
        session.publish(request(Map.of("txt.loud", "true")));
        session.publish(request(Map.of("txt.loud", "true")));
        session.publish(request(Map.of()));

        assertThat(factory.created).hasValue(2);
        assertThat(dir.resolve("target/kolommen.txt")).hasContent("Een");
    }

    @Test
    void afterForgetTheNextBuildCreatesItsRendererAfresh() {
        session.publish(request(Map.of()));
        session.forget();
        session.publish(request(Map.of()));

        assertThat(factory.created).hasValue(2);
    }

    @Test
    void aPublisherWithoutASessionCreatesItsRenderersForEveryBuild() {
        Publisher publisher = new Publisher(Renderers.of(factory), new RecordingReporter());
        publisher.publish(request(Map.of()));
        publisher.publish(request(Map.of()));

        assertThat(factory.created).hasValue(2);
    }

    private PublishRequest request(Map<String, String> settings) {
        return new PublishRequest(book, dir.resolve("target"), "kolommen", List.of("txt"), settings, dir,
                Instant.parse("2026-11-28T00:00:00Z"), BookDefaults.none());
    }

    /** Writes the column titles into one text file, loudly when {@code loud}; counts the renderers it creates. */
    static final class CountingFactory implements RendererFactory {
        final AtomicInteger created = new AtomicInteger();

        @Override
        public String name() {
            return "txt";
        }

        @Override
        public Renderer create(RenderOptions options) {
            created.incrementAndGet();
            boolean loud = options.flag("loud", false);
            return (Book b, Path directory, String baseName) -> {
                List<String> titles = new ArrayList<>();
                b.columns().forEach(column -> titles.add(loud ? column.title().toUpperCase() : column.title()));
                Path file = directory.resolve(baseName + ".txt");
                try {
                    Files.writeString(file, String.join(", ", titles));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return List.of(new RenderedFile(file, RenderedFile.Role.BOOK, 0));
            };
        }
    }
}
