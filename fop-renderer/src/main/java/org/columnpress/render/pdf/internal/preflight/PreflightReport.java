package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.columnpress.render.pdf.internal.preflight.Check.Status;

/**
 * The checks of one edition's print files, in the order they ran. Its text is the same bytes for the
 * same checks: no date, no path beyond the file names.
 *
 * @param edition the rules' name ({@code KDP 6x9in paperback, cream})
 */
public record PreflightReport(String edition, List<Check> checks) {

    private static final String[] HEADER = {"check", "measured", "limit", "result"};

    public PreflightReport {
        Objects.requireNonNull(edition, "edition");
        checks = List.copyOf(checks);
    }

    /** No check failed (warnings do not count). */
    public boolean passed() {
        return failures().isEmpty();
    }

    public List<Check> warnings() {
        return withStatus(Status.WARN);
    }

    public List<Check> failures() {
        return withStatus(Status.FAIL);
    }

    /** {@code Preflight (KDP 6x9in paperback, cream): 14 passed, 1 warning, 0 failed}, for the build log. */
    public String summary() {
        int warnings = warnings().size();
        return "Preflight (" + edition + "): " + withStatus(Status.PASS).size() + " passed, " + warnings
                + (warnings == 1 ? " warning, " : " warnings, ") + failures().size() + " failed";
    }

    /** The summary, an aligned table per file, then what to do for each warning and failure. */
    public String text() {
        StringBuilder out = new StringBuilder(summary()).append("\n");
        Map<String, List<Check>> byFile = new LinkedHashMap<>();
        for (Check check : checks) {
            byFile.computeIfAbsent(check.file(), f -> new ArrayList<>()).add(check);
        }
        byFile.forEach((file, fileChecks) -> table(out.append("\n").append(file).append("\n"), fileChecks));
        List<Check> todo = checks.stream().filter(c -> c.status() != Status.PASS).toList();
        if (!todo.isEmpty()) {
            out.append("\nWhat to do\n");
            for (Check check : todo) {
                out.append("- ").append(check.status()).append(' ').append(check.file()).append(", ")
                        .append(check.name()).append(": ").append(check.advice()).append("\n");
            }
        }
        return out.toString();
    }

    /** Writes {@link #text()} as UTF-8 with LF line ends. */
    public void write(Path file) throws IOException {
        Files.writeString(file, text(), StandardCharsets.UTF_8);
    }

    private static void table(StringBuilder out, List<Check> rows) {
        int[] widths = new int[HEADER.length];
        List<String[]> cells = new ArrayList<>();
        cells.add(HEADER);
        for (Check check : rows) {
            cells.add(new String[] {check.name(), check.measured(), check.limit(), check.status().name()});
        }
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < cells.size(); r++) {
            row(out, cells.get(r), widths);
            if (r == 0) {
                String[] rule = new String[widths.length];
                for (int i = 0; i < widths.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                row(out, rule, widths);
            }
        }
    }

    private static void row(StringBuilder out, String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < row.length; i++) {
            line.append(i == 0 ? "" : " | ").append(row[i]).append(" ".repeat(widths[i] - row[i].length()));
        }
        out.append(line.toString().stripTrailing()).append("\n");
    }

    private List<Check> withStatus(Status status) {
        return checks.stream().filter(c -> c.status() == status).toList();
    }
}
