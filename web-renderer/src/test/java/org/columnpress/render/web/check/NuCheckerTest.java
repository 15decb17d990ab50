package org.columnpress.render.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.NoNetwork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NuCheckerTest {

    /** The JVM's one checker, as a site test uses it: building it is the slow part. */
    private static final NuChecker NU = NuChecker.shared();

    @Test
    void aValidSiteHasNoErrors() {
        CheckReport report = NU.checkSite(Fixtures.folder("nu/good"));

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.checked()).isEqualTo(2);
    }

    @Test
    void eachErrorNamesThePageAndLineAndWarningsAreOnlyNotes() {
        CheckReport report = NU.checkSite(Fixtures.folder("nu/bad"));

        assertThat(report.passed()).isFalse();
        assertThat(report.problems()).as(report.toString()).extracting(Finding::toString)
                .anySatisfy(f -> assertThat(f).startsWith("index.html:8:").contains("“p” end tag"))
                .anySatisfy(f -> assertThat(f).startsWith("index.html:9:").contains("Duplicate ID “dubbel”"))
                .anySatisfy(f -> assertThat(f).startsWith("index.html:10:").contains("“alt” attribute"));
        assertThat(report.notes()).extracting(Finding::toString)
                .anySatisfy(f -> assertThat(f).startsWith("index.html:11:").contains("Section lacks heading"));
    }

    @Test
    void fetchesNothingAPageLinksTo(@TempDir Path site) throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort();
            Files.writeString(site.resolve("index.html"), """
                    <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Remote</title>
                    <link rel="stylesheet" href="%1$s/style.css"><script src="%1$s/app.js"></script></head>
                    <body><p><img src="%1$s/a.png" alt="A picture"></p></body></html>
                    """.formatted(url));

            CheckReport report = NU.checkSite(site);

            assertThat(report.problems()).as(report.toString()).isEmpty();
            NoNetwork.assertNothingConnected(server, "the Nu HTML Checker");
        }
    }

    @Test
    void checksFortyPagesInAFewSeconds(@TempDir Path site) throws Exception {
        String page = Files.readString(Fixtures.folder("nu/good").resolve("de-brug/index.html"));
        List<Path> pages = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            Path file = Files.createDirectories(site.resolve("column-" + i)).resolve("index.html");
            pages.add(Files.writeString(file, page));
        }

        long start = System.nanoTime();
        CheckReport report = NU.check(site, pages);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.checked()).isEqualTo(40);
        assertThat(millis).as("40 pages with one checker, ms").isLessThan(10_000);
        System.out.println("Nu HTML Checker: 40 pages in " + millis + " ms");
    }
}
