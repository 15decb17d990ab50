package org.columnpress.render.web.check;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one checker found on a site: {@code problems} a test expects to be empty (errors, violations, broken
 * links), {@code notes} it may read but not fail on (Nu's warnings, the external links).
 */
public record CheckReport(String checker, int checked, List<Finding> problems, List<Finding> notes) {

    public CheckReport {
        Objects.requireNonNull(checker, "checker");
        problems = List.copyOf(problems);
        notes = List.copyOf(notes);
    }

    public boolean passed() {
        return problems.isEmpty();
    }

    /** A heading line with the counts, then one line per problem and per note. */
    @Override
    public String toString() {
        String heading = checker + ": " + checked + " checked, " + problems.size() + " problem(s), " + notes.size()
                + " note(s)";
        return heading + lines("  problem ", problems) + lines("  note    ", notes);
    }

    private static String lines(String prefix, List<Finding> findings) {
        return findings.stream().map(finding -> "\n" + prefix + finding).collect(Collectors.joining());
    }
}
