package org.columnpress.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.Test;

/** What serve asks beyond watch: the web edition, built whatever the formats say, and its renderer. */
class ServeMojoTest {

    @Test
    void theWebEditionIsAddedToTheConfiguredFormatsOnce() {
        ServeMojo serve = new ServeMojo();

        assertThat(serve.formats(List.of("pdf", "epub"))).containsExactly("pdf", "epub", "web");
        assertThat(serve.formats(List.of("web", "pdf"))).containsExactly("web", "pdf");
        assertThat(new WatchMojo().formats(List.of("pdf", "epub"))).containsExactly("pdf", "epub");
    }

    @Test
    void withoutAWebRendererServeSaysSoAndWhatToDoInstead() {
        Renderers onlyPdf = Renderers.of(new Named("pdf"), new Named("epub"));

        assertThatThrownBy(() -> new ServeMojo().requireRenderers(onlyPdf))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("serve shows the web edition, and no renderer of format 'web' is on the plugin's class"
                        + " path (found: epub, pdf). Use a Columnpress version with the web renderer, or run"
                        + " columnpress:watch instead.");
    }

    /** A renderer factory that only has a name. */
    private record Named(String name) implements RendererFactory {
        @Override
        public Renderer create(RenderOptions options) {
            return (Book book, java.nio.file.Path directory, String baseName) -> List.of();
        }
    }
}
