package org.columnpress.render.web.check;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.columnpress.render.web.check.FeedChecker.FeedReport;
import org.junit.jupiter.api.Assumptions;

/**
 * What {@link SiteChecks} found: each checker's report with its time, the checks that could not run here (axe
 * without Chromium) and the feed's entries.
 */
public record SiteReport(Path site, List<Timed> checks, List<String> skipped, Optional<FeedReport> feed) {

    /** One checker's report and how long it took. */
    public record Timed(CheckReport report, long millis) {
    }

    public SiteReport {
        Objects.requireNonNull(site, "site");
        checks = List.copyOf(checks);
        skipped = List.copyOf(skipped);
        Objects.requireNonNull(feed, "feed");
    }

    /** Every problem of every checker, one readable line each ({@code [links] a/index.html:3: ...}). */
    public List<String> problems() {
        return checks.stream().flatMap(timed -> timed.report().problems().stream()
                .map(finding -> "[" + timed.report().checker() + "] " + finding)).toList();
    }

    /** The report of the checker named {@code checker} ("Nu HTML Checker", "axe-core", "links", "Atom feed"). */
    public Optional<CheckReport> report(String checker) {
        return checks.stream().map(Timed::report).filter(report -> report.checker().equals(checker)).findFirst();
    }

    /**
     * Call after asserting on {@link #problems()}: marks the test skipped (not passed) when a check could not run
     * on this machine, naming what is missing.
     */
    public void assumeAllRan() {
        Assumptions.assumeTrue(skipped.isEmpty(), () -> "not checked here: " + String.join("; ", skipped));
    }

    @Override
    public String toString() {
        String heading = "Site checks of " + site + ": " + problems().size() + " problem(s)";
        String body = checks.stream().map(timed -> timed.report() + "\n  (" + timed.millis() + " ms)")
                .collect(Collectors.joining("\n"));
        String notRun = skipped.stream().map(reason -> "\nskipped: " + reason).collect(Collectors.joining());
        return heading + "\n" + body + notRun;
    }
}
