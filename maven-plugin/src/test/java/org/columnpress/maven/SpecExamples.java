package org.columnpress.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The examples of a CommonMark specification text ({@code spec.txt}, {@code gfm-spec.txt}), read from
 * the class path: the spec is CC-BY-SA, so it stays in its jar and is never copied into this repository.
 */
final class SpecExamples {

    private static final String FENCE = "````````````````````````````````";

    /** One example: its number in the spec, the section it is in, and its Markdown (tabs restored). */
    record Example(int number, String section, String markdown) {
    }

    private SpecExamples() {
    }

    static List<Example> read(String resource) {
        String text;
        try (InputStream in = SpecExamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parse(text);
    }

    /** Examples sit between a line {@code FENCE example} and a line {@code FENCE}; a line "." parts input from output. */
    static List<Example> parse(String text) {
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        String section = "";
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                section = lines[i].replaceFirst("^#+\\s*", "").strip();
            } else if (lines[i].startsWith(FENCE + " example")) {
                StringBuilder markdown = new StringBuilder();
                for (i++; !lines[i].equals("."); i++) {
                    markdown.append(lines[i]).append('\n');
                }
                while (!lines[i].startsWith(FENCE)) {
                    i++;
                }
                // The spec shows tabs as → so that they can be seen.
                examples.add(new Example(examples.size() + 1, section, markdown.toString().replace('→', '\t')));
            }
        }
        return examples;
    }
}
