package org.columnpress.render.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderers;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The example book's site, as its reader finds it: the index, a column's page, the feed. */
class ExampleSiteTest {

    @TempDir
    static Path out;

    static WebSite site;

    @BeforeAll
    static void render() {
        site = WebSite.render(WebSite.example(), out);
    }

    @Test
    void theRendererIsFoundByItsNameThroughTheServiceLoader() {
        assertThat(Renderers.discover(getClass().getClassLoader()).get("web")).isInstanceOf(WebRendererFactory.class);
    }

    @Test
    void theIndexIsTheMainFileAndListsEveryColumn() {
        assertThat(site.files.get(0).path()).isEqualTo(site.file("index.html"));
        assertThat(site.files.get(0).role()).isEqualTo(RenderedFile.Role.BOOK);
        Document index = site.page("index.html");
        assertThat(index.select("html").attr("lang")).isEqualTo("nl");
        assertThat(index.select("h1").text()).isEqualTo("Kolommen van de week");
        assertThat(index.select("ol.columns a")).hasSize(4);
    }
}
