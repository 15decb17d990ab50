package org.columnpress.core.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A golden file of examples, as flexmark-java keeps its spec files: a Markdown document in which each
 * example is a fenced block of 32 backticks with the info string {@code example <column file>}, holding
 * the column's text, a line with a single {@code .}, and the expected output. The nearest {@code ## }
 * heading above an example is its name. A block with the info string {@code book.yaml} gives the book
 * around every example. Everything else is prose for people.
 *
 * <p>{@link #tests} gives one test per example, which fails with the example's name, its line and a
 * line diff. Run with the system property {@code golden.update=true}, it first rewrites the expected
 * output of every example in the source file with what the code gives now; review that with
 * {@code git diff} before committing it.
 */
public final class SpecFile {

    /** The system property that rewrites the expected outputs: {@code -Dgolden.update=true}. */
    public static final String UPDATE = "golden.update";
    private static final String FENCE = "`".repeat(32);
    private static final Pattern START = Pattern.compile(FENCE + " example (\\S+)");
    private static final String BOOK_YAML = FENCE + " book.yaml";

    private final Path source;
    private final List<String> lines;
    private final List<Example> examples = new ArrayList<>();
    private String bookYaml = "";

    /**
     * One example.
     *
     * @param name     the heading above it
     * @param line     the 1-based line of its opening fence
     * @param file     the column file it stands for, such as {@code headings.md}
     * @param input    the column's text, ending in a line end
     * @param expected the output the spec file holds for it, without a final line end
     */
    public record Example(String name, int line, String file, String input, String expected) {
    }

    private SpecFile(Path source, List<String> lines) {
        this.source = source;
        this.lines = lines;
        String heading = "";
        Map<String, Integer> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher start = START.matcher(lines.get(i));
            if (lines.get(i).startsWith("## ")) {
                heading = lines.get(i).substring(3).strip();
            } else if (lines.get(i).equals(BOOK_YAML)) {
                int end = indexOf(FENCE, i + 1);
                bookYaml = join(i + 1, end) + "\n";
                i = end;
            } else if (start.matches()) {
                int dot = indexOf(".", i + 1);
                int end = indexOf(FENCE, dot + 1);
                int seen = names.merge(heading, 1, Integer::sum);
                examples.add(new Example(seen == 1 ? heading : heading + " (" + seen + ")", i + 1, start.group(1),
                        join(i + 1, dot) + "\n", String.join("\n", lines.subList(dot + 1, end))));
                i = end;
            }
        }
    }

    /**
     * Reads a spec file from the source tree (not from the class path, so that an update can write it).
     *
     * @param source relative to the module, such as {@code src/test/resources/.../book-xml-spec.md}
     */
    public static SpecFile load(Path source) {
        SpecFile spec;
        try {
            spec = new SpecFile(source, Files.readAllLines(source, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the spec file " + source.toAbsolutePath()
                    + " (tests run in the module's folder)", e);
        }
        if (spec.examples.isEmpty() || spec.bookYaml.isEmpty()) {
            throw new IllegalStateException(source + ": no examples, or no book.yaml block: is it a spec file?");
        }
        return spec;
    }

    public List<Example> examples() {
        return List.copyOf(examples);
    }

    /** The text of the {@code book.yaml} block: the book each example is a column of. */
    public String bookYaml() {
        return bookYaml;
    }

    /**
     * One test per example, comparing {@code output} of the example with its expected output. With
     * {@code -Dgolden.update=true} every output is computed first and written into the source file.
     */
    public Stream<DynamicTest> tests(Function<Example, String> output) {
        if (!Boolean.getBoolean(UPDATE)) {
            return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> check(e, output.apply(e))));
        }
        List<String> actual = examples.stream().map(output).toList();
        update(actual);
        return examples.stream().map(e -> DynamicTest.dynamicTest(e.name(), () -> {
        }));
    }

    private void check(Example example, String actual) {
        if (!actual.equals(example.expected())) {
            throw new AssertionFailedError(source.getFileName() + ":" + example.line() + ": example '"
                    + example.name() + "' gives another output than the spec file says (- spec, + now). If the"
                    + " change is intended, rewrite the spec with -D" + UPDATE + "=true and review the diff.\n"
                    + LineDiff.of(example.expected(), actual), example.expected(), actual);
        }
    }

    private void update(List<String> outputs) {
        List<String> updated = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < examples.size(); i++) {
            int start = examples.get(i).line() - 1;
            int dot = indexOf(".", start + 1);
            int end = indexOf(FENCE, dot + 1);
            updated.addAll(lines.subList(from, dot + 1));
            if (!outputs.get(i).isEmpty()) {
                updated.addAll(outputs.get(i).lines().toList());
            }
            from = end;
        }
        updated.addAll(lines.subList(from, lines.size()));
        try {
            Files.writeString(source, String.join("\n", updated) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int indexOf(String line, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        throw new IllegalStateException(source + ":" + from + ": an example without a line '" + line + "'");
    }

    private String join(int from, int to) {
        return String.join("\n", lines.subList(from, to));
    }
}
