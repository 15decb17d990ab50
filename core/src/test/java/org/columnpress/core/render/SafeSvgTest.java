package org.columnpress.core.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.columnpress.core.TestBooks;
import org.columnpress.core.NoNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeSvgTest {

    @TempDir
    Path dir;

    @Test
    void aHostileSvgIsWrittenWithoutScriptsEventsEntitiesOrOutsideReferencesAndNothingIsFetched() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            Path svg = dir.resolve("hostile.svg");
            Files.writeString(svg, TestBooks.hostileSvg(server.getLocalPort()));

            SafeSvg.Result result = SafeSvg.clean(svg);

            String out = new String(result.bytes(), StandardCharsets.UTF_8);
            assertThat(out.replace("\"http://www.w3.org/2000/svg\"", "").replace("\"http://www.w3.org/1999/xlink\"", "")).doesNotContainIgnoringCase("script").doesNotContain("onload", "onclick", "alert",
                    "foreignObject", "DOCTYPE", "ENTITY", "http:", "file:", "javascript:", "/etc/", "root:",
                    "xml-stylesheet", "&secret;");
            assertThat(out).contains("<rect", "fill=\"#33aa66\"", "href=\"#r\"", "<circle");
            assertThat(result.removed()).anyMatch(r -> r.contains("DOCTYPE")).anyMatch(r -> r.contains("script"))
                    .anyMatch(r -> r.contains("onload")).anyMatch(r -> r.contains("foreignObject"))
                    .anyMatch(r -> r.contains("javascript:")).anyMatch(r -> r.contains("file:///etc/hosts"));
            NoNetwork.assertNothingConnected(server, "the SVG");
        }
    }

    @Test
    void theStandardSvgDoctypeIsDroppedWithoutAWarning() throws Exception {
        // Inkscape, draw.io and Illustrator write it into every file: nothing to warn a writer about
        Path svg = dir.resolve("drawn.svg");
        Files.writeString(svg, "<?xml version=\"1.0\"?>\n<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" "
                + "\"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>");

        SafeSvg.Result result = SafeSvg.clean(svg);

        assertThat(result.removed()).isEmpty();
        assertThat(result.changed()).isTrue();
        assertThat(new String(result.bytes(), StandardCharsets.UTF_8)).doesNotContain("DOCTYPE").contains("<rect");
    }

    @Test
    void aCleanSvgKeepsItsDrawingAndReportsNothing() throws Exception {
        Path svg = dir.resolve("clean.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
                + "<defs><linearGradient id=\"g\"/></defs><rect width=\"10\" height=\"10\" fill=\"url(#g)\"/></svg>");

        SafeSvg.Result result = SafeSvg.clean(svg);

        assertThat(result.removed()).isEmpty();
        assertThat(result.changed()).isFalse();
        assertThat(new String(result.bytes(), StandardCharsets.UTF_8)).contains("fill=\"url(#g)\"", "<linearGradient");
    }
}
