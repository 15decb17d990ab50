package org.columnpress.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A whole build as a writer runs it: a generated book project with the Columnpress plugin, built with
 * {@code mvn package} three times (first build, no change, one column changed); or, for the print
 * edition's cost, {@code mvn clean package} of the book PDF and EPUB without and with a print edition
 * (given on the command line, as a CI job would). The goal's time is read from Maven's own log timestamps:
 * from the goal's header line to BUILD SUCCESS.
 */
final class BuildRun {

    /** GNU time, when the machine has it: the build's CPU time (user + system, Maven's JVM and its children). */
    private static final Path TIME = Path.of("/usr/bin/time");

    private final String maven;
    private final String version;
    private final String repository;
    private final String jvmConfig;

    /**
     * @param repository the local repository the benchmark's own build uses (where the plugin was
     *                   installed), passed on to the child builds; blank for Maven's default
     * @param jvmConfig  the generated project's {@code .mvn/jvm.config}: the JVM options of its builds, blank
     *                   for the JVM's own. The project always has one, so that Maven does not take the one of a
     *                   folder above it (this repository's, when the project is generated under target)
     */
    BuildRun(String maven, String version, String repository, String jvmConfig) {
        this.maven = maven;
        this.version = version;
        this.repository = repository;
        this.jvmConfig = jvmConfig;
    }

    void run(Path book, Path project) throws IOException, InterruptedException {
        project(project, "<columnPdfs>true</columnPdfs>");
        Path src = project.resolve("src/book");
        if (!Files.isDirectory(src)) {
            copy(book, src);
        }
        System.out.println();
        System.out.println("| whole build (" + count(src) + " columns, PDF + per-column PDFs + EPUB) | mvn wall"
                + " | in the goal | CPU |");
        System.out.println("|---|--:|--:|--:|");
        row("first build (clean)", project, "clean", "package");
        row("no change", project, "package");
        Path first;
        try (var files = Files.list(src.resolve("columns"))) {
            first = files.sorted().findFirst().orElseThrow();
        }
        Files.writeString(first, "\nEen zin erbij.\n", StandardOpenOption.APPEND);
        row("one column changed", project, "package");
    }

    /**
     * The print edition's cost: the same book built without and with a print edition for {@code printer}
     * (6x9in; for {@code offset}: PDF/X-4, bleed and crop marks; for {@code kdp}: PDF/A-2b, bleed on three
     * edges), with its cover and preflight, best of {@code repeats} each. The preflight does not fail the
     * build: a benchmark book is longer than printers bind.
     */
    void print(Path book, Path project, String printer, int repeats) throws IOException, InterruptedException {
        project(project, "");
        Path src = project.resolve("src/book");
        if (!Files.isDirectory(src)) {
            copy(book, src);
            // A print shop's cover carries the ISBN's barcode: the edition needs one.
            Path yaml = src.resolve("book.yaml");
            Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^identifier: .*$",
                    "identifier: 978-90-12345-67-5"));
        }
        System.out.println();
        System.out.println("| whole build (" + count(src) + " columns, book PDF + EPUB) | mvn wall | in the goal | CPU |");
        System.out.println("|---|--:|--:|--:|");
        double without = Double.MAX_VALUE;
        double with = Double.MAX_VALUE;
        for (int i = 0; i < repeats; i++) {
            without = Math.min(without, row("without a print edition", project, "clean", "package"));
            with = Math.min(with, row("with a print edition (" + printer + ", 6x9in)", project, "clean", "package",
                    "-Dcolumnpress.print.printer=" + printer, "-Dcolumnpress.print.trim=6x9in",
                    "-Dcolumnpress.failOnPreflight=false"));
        }
        System.out.println(String.format(Locale.ROOT, "%nwith ÷ without (best of %d each): %.2f", repeats,
                with / without));
    }

    /** One build's row; returns the time in the goal, in seconds (infinite when it failed). */
    private double row(String what, Path project, String... goals) throws IOException, InterruptedException {
        Path cpu = Files.createTempFile("columnpress-build", ".time");
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(TIME)) {
            command.addAll(List.of(TIME.toString(), "-f", "%U %S", "-o", cpu.toString()));
        }
        command.addAll(List.of(maven, "-B", "-ntp", "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        if (!repository.isBlank()) {
            command.add("-Dmaven.repo.local=" + repository);
        }
        command.addAll(List.of(goals));
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        LocalTime goalStart = null;
        LocalTime goalEnd = null;
        List<String> log = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = lines.readLine()) != null; ) {
                log.add(line);
                if (line.contains(":publish (") && line.contains("--- columnpress")) {
                    goalStart = time(line);
                } else if (goalStart != null && goalEnd == null && line.contains("BUILD ")) {
                    goalEnd = time(line);
                }
            }
        }
        int exit = process.waitFor();
        double wall = (System.nanoTime() - start) / 1e9;
        if (exit != 0 || goalStart == null || goalEnd == null) {
            log.forEach(System.out::println);
            Files.deleteIfExists(cpu);
            System.out.println("| " + what + " | failed (exit " + exit + ") | | |");
            return Double.POSITIVE_INFINITY;
        }
        double goal = Duration.between(goalStart, goalEnd).toMillis() / 1000.0;
        System.out.println(String.format(Locale.ROOT, "| %s | %.1f s | %.2f s | %s |", what, wall, goal, cpu(cpu)));
        return goal;
    }

    /** The CPU seconds GNU time wrote, or a dash without it. */
    private static String cpu(Path file) throws IOException {
        String[] times = Files.readString(file).trim().split("\\s+");
        Files.delete(file);
        if (times.length != 2) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f s", Double.parseDouble(times[0]) + Double.parseDouble(times[1]));
    }

    private static LocalTime time(String line) {
        return LocalTime.parse(line.substring(0, 12));
    }

    /** The project's pom (with this plugin configuration) and JVM options, which Maven reads from .mvn. */
    private void project(Path project, String configuration) throws IOException {
        Files.createDirectories(project.resolve(".mvn"));
        Files.writeString(project.resolve("pom.xml"), pom(configuration));
        Files.writeString(project.resolve(".mvn/jvm.config"), jvmConfig);
        System.out.println();
        System.out.println("JVM options of the builds below (.mvn/jvm.config): "
                + (jvmConfig.isBlank() ? "none, the JVM's own" : jvmConfig.trim()));
    }

    private String pom(String configuration) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>org.columnpress.benchmark</groupId>
                  <artifactId>generated-book</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                  <name>Twintig jaar columns</name>
                  <properties>
                    <project.build.outputTimestamp>2026-11-26T00:00:00Z</project.build.outputTimestamp>
                  </properties>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>org.columnpress</groupId>
                        <artifactId>columnpress-maven-plugin</artifactId>
                        <version>%s</version>
                        <executions><execution><goals><goal>publish</goal></goals></execution></executions>
                        <configuration>%s</configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version, configuration);
    }

    private static long count(Path src) throws IOException {
        try (var files = Files.list(src.resolve("columns"))) {
            return files.count();
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
