package org.columnpress.render.web.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.columnpress.render.web.check.FeedChecker.Entry;
import org.junit.jupiter.api.Test;

class SiteChecksTest {

    @Test
    void aGoodSitePassesEveryCheck() {
        Path site = Fixtures.folder("site/good");

        SiteReport report = SiteChecks.on(site).siteUrl("https://columns.example.org/")
                .axe("index.html", "de-brug/index.html").run();

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.feed().orElseThrow().entries()).extracting(Entry::title).containsExactly("De brug", "Het veer");
        assertThat(report.report("Nu HTML Checker").orElseThrow().checked()).isEqualTo(3);
        report.assumeAllRan();
        assertThat(report.report("axe-core").orElseThrow().checked()).isEqualTo(2);
    }

    @Test
    void aBadSiteReportsEachCheckersProblemsInOneReadableReport() {
        Path site = Fixtures.folder("site/bad");

        SiteReport report = SiteChecks.on(site).axe("index.html").run();

        assertThat(report.problems()).as(report.toString())
                .anySatisfy(line -> assertThat(line).startsWith("[Nu HTML Checker] index.html:10: ").contains("alt"))
                .anySatisfy(line -> assertThat(line).startsWith("[links] index.html:10: <img src=\"foto.png\">"))
                .anySatisfy(line -> assertThat(line).startsWith("[links] index.html:11: <a href=\"de-brug/index.html\">"))
                .contains("[Atom feed] feed.xml: no feed in the site");
        assertThat(report.feed()).isEmpty();
        report.assumeAllRan();
        assertThat(report.problems()).as(report.toString())
                .anySatisfy(line -> assertThat(line).startsWith("[axe-core] index.html: html-has-lang (serious)"));
    }
}
