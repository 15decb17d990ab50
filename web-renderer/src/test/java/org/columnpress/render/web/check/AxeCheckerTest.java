package org.columnpress.render.web.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Needs Chromium (CI installs it); skipped, with the reason, where it is missing. */
class AxeCheckerTest {

    @BeforeEach
    void chromiumIsHere() {
        assumeTrue(AxeChecker.unavailable().isEmpty(), () -> AxeChecker.unavailable().orElseThrow());
    }

    @Test
    void anAccessibleSiteHasNoViolations() {
        Path site = Fixtures.folder("a11y/good");

        CheckReport report = new AxeChecker().check(site,
                List.of(site.resolve("index.html"), site.resolve("de-brug/index.html")));

        assertThat(report.problems()).as(report.toString()).isEmpty();
        assertThat(report.checked()).isEqualTo(2);
    }

    @Test
    void eachViolationNamesTheRuleImpactPageAndElementAndNetworkRequestsAreBlocked() {
        Path site = Fixtures.folder("a11y/bad");

        CheckReport report = new AxeChecker().check(site, List.of(site.resolve("index.html")));

        assertThat(report.problems()).as(report.toString()).extracting(Finding::toString)
                .anySatisfy(f -> assertThat(f).startsWith("index.html: html-has-lang (serious) at html"))
                .anySatisfy(f -> assertThat(f).startsWith("index.html: image-alt (critical) at img[src$=\"foto.png\"]"))
                .anySatisfy(f -> assertThat(f).startsWith("index.html: button-name (critical) at button"))
                .anySatisfy(f -> assertThat(f).startsWith("index.html: color-contrast (serious) at .vaag"))
                .contains("index.html: requested from the network (blocked): https://example.org/teller.png");
    }
}
