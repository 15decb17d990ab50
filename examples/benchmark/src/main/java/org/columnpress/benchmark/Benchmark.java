package org.columnpress.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark driver: generates the books, measures each size in its own JVM ({@link StageRun}, with
 * the heap limit given for that size) so that no size inherits another's JIT or heap, then times a whole
 * {@code mvn package} of a generated book project ({@link BuildRun}). Prints Markdown tables.
 *
 * <p>Arguments: {@code --sizes=10:512m,1000:512m --build=100 --repeats=2 --seed=1 --work=DIR --maven=MVN --version=V
 * --images=76:230 --settings=epub.image-max-pixels=1000000 --print=1000 --printer=kdp --index=500 --watch=100 --jvm=default
 * --jvm-config=.mvn/jvm.config}; {@code index} gives
 * the books of {@code sizes} (and the warm-up book) an index of that many terms ({@link StageRun} then times
 * finding them); {@code watch} times the watch goal's save-to-page on a book of that many columns
 * ({@link WatchRun}); {@code images} and {@code settings} publish (PDF and EPUB, {@link ScaleRun}) a book of 76 columns with 230
 * photographs of 1600 x 1000 pixels and prints the files' sizes, the time and what the images became;
 * {@code print} times {@code mvn package} of a book of that many columns without and with a print edition
 * for {@code printer} ({@code offset} unless given); {@code jvm} ({@code recommended} or {@code default}) chooses the
 * JVM options of those whole builds: the {@code jvm-config} file's, or none.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] pair = arg.replaceFirst("^--", "").split("=", 2);
            options.put(pair[0], pair.length > 1 ? pair[1] : "");
        }
        Path work = Path.of(options.getOrDefault("work", "target/benchmark")).toAbsolutePath();
        CorpusGenerator generator = new CorpusGenerator(Long.parseLong(options.getOrDefault("seed", "1")));
        int index = Integer.parseInt(options.getOrDefault("index", "0").isBlank() ? "0" : options.get("index"));
        Path warmup = book(generator, work, 10, index);
        System.out.println("JDK " + System.getProperty("java.version") + ", "
                + Runtime.getRuntime().availableProcessors() + " cores. Each cell: wall time / peak heap in use.");
        System.out.println();
        System.out.println("| N | pages | read | model→XML | XSLT→FO | FOP alone (floor) | PDF pipeline"
                + " | pipeline ÷ floor | pages/s | EPUB | EPUB, fonts embedded | index: finding (with - without) | warnings | web edition |");
        System.out.println("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (String size : options.getOrDefault("sizes", "10:512m").split(",")) {
            if (size.isBlank()) {
                continue;
            }
            String[] parts = size.trim().split(":");
            int columns = Integer.parseInt(parts[0]);
            String heap = parts.length > 1 ? parts[1] : "512m";
            Path book = book(generator, work, columns, index);
            int exit = java(List.of("-Xmx" + heap, "-Dbenchmark.repeats=" + options.getOrDefault("repeats", "2"), StageRun.class.getName(), book.toString(),
                    work.resolve("run-" + columns).toString(), warmup.toString()));
            if (exit != 0) {
                System.out.println("| " + columns + " | failed with -Xmx" + heap + " (exit " + exit + ") |");
            }
        }
        if (!options.getOrDefault("images", "").isBlank()) {
            String[] parts = options.get("images").split(":");
            int columns = Integer.parseInt(parts[0]);
            int photos = Integer.parseInt(parts[1]);
            Path book = work.resolve("books").resolve(columns + "-photos-" + photos);
            if (!Files.isDirectory(book)) {
                generator.writeWithPhotos(book, columns, photos);
            }
            try (var files = Files.list(book.resolve("images"))) {
                long bytes = files.mapToLong(f -> f.toFile().length()).sum();
                System.out.printf("%d columns, %d photos of 1600x1000, %.0f MB of images%n", columns, photos, bytes / 1e6);
            }
            Path out = work.resolve("images-" + columns + "-" + photos);
            java(List.of("-Xmx" + options.getOrDefault("heap", "512m"), "-Dbenchmark.info=true",
                    "-Dbenchmark.settings=" + options.getOrDefault("settings", ""), ScaleRun.class.getName(),
                    book.toString(), out.toString()));
            try (var files = Files.list(out)) {
                files.filter(Files::isRegularFile).sorted().forEach(f -> System.out.printf("%s: %.1f MB%n",
                        f.getFileName(), f.toFile().length() / 1e6));
            }
        }
        int printColumns = Integer.parseInt(options.getOrDefault("print", "0"));
        if (printColumns > 0) {
            buildRun(options).print(book(generator, work, printColumns),
                    work.resolve("print-project-" + printColumns), options.getOrDefault("printer", "offset"),
                    Integer.parseInt(options.getOrDefault("repeats", "2")));
        }
        int watchColumns = Integer.parseInt(options.getOrDefault("watch", "0"));
        if (watchColumns > 0) {
            java(List.of("-Xmx512m", WatchRun.class.getName(), book(generator, work, watchColumns).toString(),
                    work.resolve("watch-" + watchColumns).toString()));
        }
        int buildColumns = Integer.parseInt(options.getOrDefault("build", "0"));
        if (buildColumns > 0) {
            buildRun(options).run(book(generator, work, buildColumns), work.resolve("project-" + buildColumns));
        }
    }

    /** The whole-build runs, with the JVM options {@code jvm} asks for ({@code recommended} unless given). */
    private static BuildRun buildRun(Map<String, String> options) throws IOException {
        String jvm = options.getOrDefault("jvm", "recommended");
        String jvmConfig = switch (jvm) {
            case "recommended" -> Files.readString(Path.of(options.get("jvm-config")));
            case "default" -> "";
            default -> throw new IllegalArgumentException("--jvm=" + jvm + ": recommended or default");
        };
        return new BuildRun(options.get("maven"), options.get("version"), options.getOrDefault("repository", ""),
                jvmConfig);
    }

    private static Path book(CorpusGenerator generator, Path work, int columns) throws IOException {
        return book(generator, work, columns, 0);
    }

    /** The generated book of {@code columns} columns, with an index of {@code index} terms unless 0. */
    private static Path book(CorpusGenerator generator, Path work, int columns, int index) throws IOException {
        Path book = work.resolve("books").resolve(index == 0 ? String.valueOf(columns) : columns + "-index-" + index);
        if (!Files.isDirectory(book)) {
            generator.write(book, columns, index);
        }
        return book;
    }

    private static int java(List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(args);
        return new ProcessBuilder(command).inheritIO().start().waitFor();
    }
}
