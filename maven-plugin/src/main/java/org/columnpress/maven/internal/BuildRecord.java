package org.columnpress.maven.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.render.RenderedFile;

/**
 * What the last successful build made and from which inputs: its fingerprint and its files, relative to
 * the output folder. Kept as a small text file under {@code target/columnpress/}.
 */
public record BuildRecord(String fingerprint, List<Output> outputs) {

    /** One file of the last build, with its role (the attached ones are the book and print files). */
    public record Output(String format, RenderedFile.Role role, String path) {
    }

    private static final String HEADER = "columnpress-build 2";

    public BuildRecord {
        outputs = List.copyOf(outputs);
    }

    /**
     * Where the record of builds of this book into this output folder lives, under the build directory.
     * Named by the output folder relative to the project, so a moved or copied project still finds it.
     */
    public static Path fileFor(Path buildDirectory, PublishRequest request) {
        String output = new Fingerprint(request.baseDirectory()).path("output", request.outputDirectory())
                .hex().substring(0, 12);
        return buildDirectory.resolve("columnpress").resolve(request.baseName() + "-" + output + ".build");
    }

    /** The record of a successful build: every file it wrote, relative to the output folder. */
    public static BuildRecord of(String fingerprint, PublishResult result, Path outputDirectory) {
        Path root = outputDirectory.toAbsolutePath().normalize();
        List<Output> outputs = new ArrayList<>();
        for (PublishResult.Output output : result.outputs()) {
            for (RenderedFile file : output.files()) {
                String path = root.relativize(file.path().toAbsolutePath().normalize()).toString().replace('\\', '/');
                outputs.add(new Output(output.format(), file.role(), path));
            }
        }
        return new BuildRecord(fingerprint, outputs);
    }

    /** The record in {@code file}, or empty when there is none or it is not one this version wrote. */
    public static Optional<BuildRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            List<Output> outputs = new ArrayList<>();
            for (String line : lines.subList(2, lines.size())) {
                String[] parts = line.split("\t", 3);
                if (parts.length != 3) {
                    return Optional.empty();
                }
                outputs.add(new Output(parts[0], RenderedFile.Role.valueOf(parts[1]), parts[2]));
            }
            return Optional.of(new BuildRecord(lines.get(1), outputs));
        } catch (IOException | IllegalArgumentException e) {
            // An unreadable record (or one naming a role this version does not know) only costs a rebuild.
            return Optional.empty();
        }
    }

    public void write(Path file) {
        StringBuilder text = new StringBuilder(HEADER).append('\n').append(fingerprint).append('\n');
        for (Output output : outputs) {
            text.append(output.format()).append('\t').append(output.role().name())
                    .append('\t').append(output.path()).append('\n');
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** True when this record is for {@code fingerprint} and every file it lists is still there. */
    public boolean stillValid(String fingerprint, Path outputDirectory) {
        return this.fingerprint.equals(fingerprint) && !outputs.isEmpty()
                && outputs.stream().allMatch(output -> Files.isRegularFile(outputDirectory.resolve(output.path())));
    }
}
