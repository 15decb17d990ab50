package org.columnpress.core.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.RecordingReporter;
import org.columnpress.core.Reporter;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;
import org.columnpress.core.render.Renderers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The publisher runs renderers in parallel and moves their files into place only when all succeed. */
class PublisherTest {

    private static final Instant WHEN = Instant.parse("2026-11-26T00:00:00Z");

    @TempDir
    Path dir;
    Path book;
    Path out;

    @BeforeEach
    void writeBook() throws IOException {
        book = Files.createDirectories(dir.resolve("book"));
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\nauthor: Wim Aalbers\nlanguage: nl\n");
        Files.createDirectories(book.resolve("columns"));
        Files.writeString(book.resolve("columns/een.md"), "# Een\n\nEerste column.\n");
        Files.writeString(book.resolve("columns/twee.txt"), "Twee\n\nTweede column.\n");
        out = dir.resolve("target");
    }

    @Test
    void everyFormatsFilesLandInTheOutputFolderWithNoStagingLeft() {
        PublishResult result = publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), Map.of());

        assertThat(out.resolve("kolommen.txt")).hasContent("Kolommen: Een, Twee");
        assertThat(out.resolve("columns/een.txt")).hasContent("Een");
        assertThat(out.resolve("columns/twee.txt")).hasContent("Twee");
        assertThat(result.outputs()).singleElement().satisfies(output -> {
            assertThat(output.format()).isEqualTo("txt");
            assertThat(output.files()).extracting(RenderedFile::path)
                    .containsExactly(out.resolve("kolommen.txt"), out.resolve("columns/een.txt"),
                            out.resolve("columns/twee.txt"));
        });
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void aFailingRendererLeavesThePreviousGoodFilesUntouchedAndNoHalfWrittenOnes() throws IOException {
        Files.createDirectories(out);
        Files.writeString(out.resolve("kolommen.txt"), "the previous good book");
        Renderers renderers = Renderers.of(new TextFactory("txt", null), new TextFactory("bad", "disk full"));

        assertThatThrownBy(() -> publish(renderers, List.of("txt", "bad"), Map.of()))
                .isInstanceOf(ColumnpressException.class).hasMessageContaining("disk full");

        assertThat(out.resolve("kolommen.txt")).hasContent("the previous good book");
        assertThat(out.resolve("kolommen.bad")).doesNotExist();
        assertThat(out.resolve("columns")).doesNotExist();
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void formatsRenderAtTheSameTime() {
        CountDownLatch bothStarted = new CountDownLatch(2);
        Renderers renderers = Renderers.of(new WaitingFactory("a", bothStarted), new WaitingFactory("b", bothStarted));

        PublishResult result = publish(renderers, List.of("a", "b"), Map.of());

        assertThat(result.outputs()).extracting(PublishResult.Output::format).containsExactly("a", "b");
    }

    @Test
    void eachRendererGetsItsOwnSettingsWithoutThePrefix() {
        List<Map<String, String>> seen = new ArrayList<>();
        RendererFactory recording = new RendererFactory() {
            @Override
            public String name() {
                return "rec";
            }

            @Override
            public Renderer create(RenderOptions options) {
                seen.add(options.settings());
                assertThat(options.timestamp()).isEqualTo(WHEN);
                return (b, directory, baseName) -> List.of();
            }
        };
        publish(Renderers.of(recording, new TextFactory("txt", null)), List.of("rec"),
                Map.of("rec.colour", "blue", "txt.colour", "red", "recx.size", "2"));
        assertThat(seen).containsExactly(Map.of("colour", "blue"));
    }

    @Test
    void anUnknownFormatFailsBeforeAnythingIsReadAndNamesTheKnownOnes() {
        assertThatThrownBy(() -> publish(Renderers.of(new TextFactory("txt", null)), List.of("docx"), Map.of()))
                .isInstanceOf(ColumnpressException.class)
                .hasMessageContaining("No renderer for format 'docx'").hasMessageContaining("Known formats: txt");
        assertThat(out).doesNotExist();
    }

    @Test
    void aCheckReadsTheBookAndRunsEachRenderersChecksButWritesNothing() {
        List<String> checked = new ArrayList<>();
        RendererFactory checking = factory("chk", new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                throw new AssertionError("a check must not render");
            }

            @Override
            public void check(Book b) {
                checked.add(b.title());
            }
        });
        PublishRequest request = new PublishRequest(book, out, "kolommen", List.of("chk"), Map.of(), dir, WHEN,
                BookDefaults.none());

        Book read = new Publisher(Renderers.of(checking), Reporter.silent()).check(request);

        assertThat(read.columns()).extracting(Column::title).containsExactly("Een", "Twee");
        assertThat(checked).containsExactly("Kolommen");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBookWithAPrintEditionButNoCoverShowsThePrintCoversFrontInTheOtherFormats() throws IOException {
        Files.writeString(book.resolve("book.yaml"), "title: Kolommen\nauthor: Wim Aalbers\nlanguage: nl\n"
                + "print:\n  printer: kdp\n  trim: 6x9in\n");
        Map<String, java.util.Optional<Path>> covers = new java.util.concurrent.ConcurrentHashMap<>();
        RendererFactory designer = coverFactory("pdf", covers, true);
        RendererFactory shower = coverFactory("epub", covers, false);
        PublishRequest request = new PublishRequest(book, out, "kolommen", List.of("pdf", "epub"), Map.of(), dir,
                WHEN, BookDefaults.none());

        new Publisher(Renderers.of(designer, shower), Reporter.silent()).publish(request);

        assertThat(covers.get("pdf")).as("the designer draws its own front, from the book").isEmpty();
        assertThat(covers.get("epub")).hasValueSatisfying(front ->
                assertThat(front.getFileName().toString()).isEqualTo("front.png"));
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void theRendererThatUsesThePageMapGetsItFromTheOneThatMakesItAndNothingWithoutOne() {
        Map<String, java.util.Optional<org.columnpress.core.render.PageMap>> got = new java.util.concurrent.ConcurrentHashMap<>();
        org.columnpress.core.render.PageMap map = new org.columnpress.core.render.PageMap(List.of(
                new org.columnpress.core.render.PageMap.Page("1", java.util.Optional.of("a1-1"), true)));
        RendererFactory maker = pageMapFactory("pdf", map, got);
        RendererFactory user = pageMapFactory("epub", null, got);

        publish(Renderers.of(maker, user), List.of("pdf", "epub"), Map.of());
        assertThat(got.get("epub")).as("with the PDF in the build").hasValue(map);

        got.clear();
        publish(Renderers.of(maker, user), List.of("epub"), Map.of());
        assertThat(got.get("epub")).as("without it: at once, nothing").isEmpty();
    }

    @Test
    void columnPdfsReachTheRendererThatUsesThemWhileTheyAreStillStaged() {
        Map<String, java.util.Optional<Map<String, Path>>> got = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Boolean> stillThere = new java.util.concurrent.ConcurrentHashMap<>();
        RendererFactory maker = factory("pdf", new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                throw new AssertionError("the build hands over its handoffs");
            }

            @Override
            public boolean makesColumnPdfs(Book b) {
                return true;
            }

            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName,
                    org.columnpress.core.render.Handoffs handoffs) {
                Path pdf = write(directory.resolve("columns/one.pdf"), "%PDF");
                handoffs.columnPdfs().offer(Map.of("one", pdf));
                return List.of(new RenderedFile(pdf, RenderedFile.Role.COLUMN, 1));
            }
        });
        RendererFactory user = factory("web", new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                throw new AssertionError("the build hands over its handoffs");
            }

            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName,
                    org.columnpress.core.render.Handoffs handoffs) {
                java.util.Optional<Map<String, Path>> pdfs = handoffs.columnPdfs().await();
                got.put("web", pdfs);
                pdfs.ifPresent(map -> stillThere.put("one", Files.isRegularFile(map.get("one"))));
                return List.of();
            }
        });

        publish(Renderers.of(maker, user), List.of("pdf", "web"), Map.of());
        assertThat(got.get("web")).as("with the PDF renderer in the build").hasValueSatisfying(map ->
                assertThat(map).containsOnlyKeys("one"));
        assertThat(stillThere).as("the user may copy the file before the publisher moves it").containsEntry("one", true);
        assertThat(out.resolve("columns/one.pdf")).hasContent("%PDF");

        got.clear();
        publish(Renderers.of(maker, user), List.of("web"), Map.of());
        assertThat(got.get("web")).as("without it: at once, nothing").isEmpty();
    }

    @Test
    void aMakerThatFailsLetsTheUserGoOnWithoutAMap() {
        Map<String, java.util.Optional<org.columnpress.core.render.PageMap>> got = new java.util.concurrent.ConcurrentHashMap<>();
        RendererFactory failing = factory("pdf", new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                throw new ColumnpressException("FOP failed");
            }

            @Override
            public boolean makesPageMap(Book b) {
                return true;
            }
        });
        assertThatThrownBy(() -> publish(Renderers.of(failing, pageMapFactory("epub", null, got)),
                List.of("pdf", "epub"), Map.of())).hasMessageContaining("FOP failed");
        // The build fails with the PDF's error; the EPUB, stopped with it, may not have got as far as asking.
        // If it asked, it got no map, at once (it does not wait for a map that will never come).
        assertThat(got.getOrDefault("epub", java.util.Optional.empty())).isEmpty();
    }

    /** A renderer that makes the given page map (offers it), or, given none, uses one (records what it got). */
    private static RendererFactory pageMapFactory(String name, org.columnpress.core.render.PageMap makes,
            Map<String, java.util.Optional<org.columnpress.core.render.PageMap>> got) {
        return factory(name, new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                throw new AssertionError("the build hands over its handoffs");
            }

            @Override
            public boolean makesPageMap(Book b) {
                return makes != null;
            }

            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName,
                    org.columnpress.core.render.Handoffs handoffs) {
                if (makes != null) {
                    handoffs.pageMap().offer(makes);
                } else {
                    got.put(name, handoffs.pageMap().await());
                }
                return List.of();
            }
        });
    }

    /** Records the cover each renderer is given; the designer makes a front picture when asked. */
    private static RendererFactory coverFactory(String name, Map<String, java.util.Optional<Path>> covers,
            boolean designs) {
        return factory(name, new Renderer() {
            @Override
            public List<RenderedFile> render(Book b, Path directory, String baseName) {
                covers.put(name, b.cover());
                b.cover().ifPresent(c -> assertThat(c).isRegularFile());
                return List.of();
            }

            @Override
            public boolean designsFrontCover(Book b) {
                return designs;
            }

            @Override
            public java.util.Optional<Path> frontCover(Book b, Path folder) {
                if (!designs) {
                    return java.util.Optional.empty();
                }
                try {
                    return java.util.Optional.of(Files.writeString(folder.resolve("front.png"), "png"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    @Test
    void theBookFolderIsNeverWritten() throws IOException {
        Map<Path, FileTime> before = modificationTimes(book);
        publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), Map.of());
        assertThat(modificationTimes(book)).isEqualTo(before);
    }

    @Test
    void removesAStagingFolderLeftBehindByABuildThatWasKilled() throws IOException {
        Path left = stagingFolder("1", "pid 4242\n");
        Files.writeString(Files.createDirectories(left.resolve("txt")).resolve("kolommen.txt"), "half a bo");
        RecordingReporter reporter = new RecordingReporter();

        publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), "kolommen", reporter);

        assertThat(left).doesNotExist();
        assertThat(stagingFolders()).isEmpty();
        assertThat(reporter.infos).anySatisfy(info -> assertThat(info).contains(left.toString())
                .contains("left behind by a build that was stopped"));
    }

    @Test
    void leavesAStagingFolderAloneWhileItsBuildRunsInAnotherProcessAndRemovesItOnceThatIsKilled()
            throws Exception {
        Path live = stagingFolder("2", "pid 4242\n");
        Process other = java(LiveBuild.class, live.resolve(Staging.LOCK_FILE));
        try {
            assertThat(firstLine(other)).isEqualTo("locked");

            publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), Map.of());

            assertThat(live).isDirectory();
        } finally {
            other.destroyForcibly();
            assertThat(other.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), Map.of());

        assertThat(live).doesNotExist();
    }

    @Test
    void leavesTheStagingFolderOfAnotherPublishIntoTheSameFolderInThisJvmAloneAndLocked() {
        // A screen and a print edition into one output folder: the second starts while the first renders.
        // Probing the first one's lock from this JVM would release it (POSIX drops a process's locks on a
        // file when it closes any channel to it), so another process must still find it held.
        List<String> seenFromAnotherProcess = new ArrayList<>();
        RendererFactory screen = new RendererFactory() {
            @Override
            public String name() {
                return "screen";
            }

            @Override
            public Renderer create(RenderOptions options) {
                Renderer text = new TextFactory("screen", null).create(options);
                return (b, directory, baseName) -> {
                    publish(Renderers.of(new TextFactory("print", null)), List.of("print"), "kolommen-print",
                            Reporter.silent());
                    seenFromAnotherProcess.add(probe(directory.getParent().resolve(Staging.LOCK_FILE)));
                    return text.render(b, directory, baseName);
                };
            }
        };

        publish(Renderers.of(screen), List.of("screen"), Map.of());

        assertThat(out.resolve("kolommen.screen")).hasContent("Kolommen: Een, Twee");
        assertThat(out.resolve("kolommen-print.print")).hasContent("Kolommen: Een, Twee");
        assertThat(seenFromAnotherProcess).containsExactly("held");
        assertThat(stagingFolders()).isEmpty();
    }

    @Test
    void leavesAloneAStagingFolderNothingProvesAbandoned() throws IOException {
        Path older = stagingFolder("3", null);
        Path unclaimed = stagingFolder("4", "");

        publish(Renderers.of(new TextFactory("txt", null)), List.of("txt"), Map.of());

        assertThat(older).isDirectory();
        assertThat(unclaimed).isDirectory();
    }

    /** A staging folder as a run leaves it; {@code lock} is its lock file's content, null for none. */
    private Path stagingFolder(String name, String lock) throws IOException {
        Path folder = Files.createDirectories(out.resolve(Staging.PREFIX + name));
        if (lock != null) {
            Files.writeString(folder.resolve(Staging.LOCK_FILE), lock);
        }
        return folder;
    }

    /** Whether another process finds {@code lockFile} locked: "held" or "free". */
    private static String probe(Path lockFile) {
        try {
            Process probe = java(LockProbe.class, lockFile);
            String answer = firstLine(probe);
            probe.waitFor(20, TimeUnit.SECONDS);
            return answer;
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static Process java(Class<?> main, Path argument) throws IOException {
        try {
            Path classes = Path.of(main.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes.toString(), main.getName(), argument.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstLine(Process process) throws IOException {
        return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
    }

    private PublishResult publish(Renderers renderers, List<String> formats, Map<String, String> settings) {
        PublishRequest request = new PublishRequest(book, out, "kolommen", formats, settings, dir, WHEN,
                BookDefaults.none());
        return new Publisher(renderers, Reporter.silent()).publish(request);
    }

    private PublishResult publish(Renderers renderers, List<String> formats, String baseName, Reporter reporter) {
        PublishRequest request = new PublishRequest(book, out, baseName, formats, Map.of(), dir, WHEN,
                BookDefaults.none());
        return new Publisher(renderers, reporter).publish(request);
    }

    private static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A factory whose every renderer is the given one (these test renderers keep no state of their own). */
    private static RendererFactory factory(String name, Renderer renderer) {
        return new RendererFactory() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Renderer create(RenderOptions options) {
                return renderer;
            }
        };
    }

    private List<Path> stagingFolders() {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(out)) {
            return files.filter(f -> f.getFileName().toString().startsWith(".columnpress-")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<Path, FileTime> modificationTimes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.collect(java.util.stream.Collectors.toMap(f -> f, f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }));
        }
    }

    /** Writes the book's title and column titles; fails half-way through when given a failure. */
    private record TextFactory(String name, String failure) implements RendererFactory {
        @Override
        public Renderer create(RenderOptions options) {
            return (Book b, Path directory, String baseName) -> {
                List<RenderedFile> files = new ArrayList<>();
                Path main = directory.resolve(baseName + "." + name);
                write(main, b.title() + ": " + String.join(", ", b.columns().stream().map(Column::title).toList()));
                if (failure != null) {
                    throw new ColumnpressException(failure);
                }
                files.add(new RenderedFile(main, RenderedFile.Role.BOOK, 0));
                for (Column column : b.columns()) {
                    Path file = directory.resolve("columns/" + column.id() + "." + name);
                    write(file, column.title());
                    files.add(new RenderedFile(file, RenderedFile.Role.COLUMN, 0));
                }
                return files;
            };
        }

        private static void write(Path file, String text) {
            try {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Run in a child JVM: a build in another process, rendering, holding its staging folder's lock. */
    public static final class LiveBuild {
        public static void main(String[] args) throws IOException, InterruptedException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                System.out.println("locked");
                System.out.flush();
                Thread.sleep(60_000);
            }
        }
    }

    /** Run in a child JVM: tells whether the lock file is locked by another process. */
    public static final class LockProbe {
        public static void main(String[] args) throws IOException {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE);
                 FileLock lock = channel.tryLock()) {
                System.out.println(lock == null ? "held" : "free");
            }
        }
    }

    /** A renderer that only finishes when the other one has started too: proof that they overlap. */
    private record WaitingFactory(String name, CountDownLatch bothStarted) implements RendererFactory {
        @Override
        public Renderer create(RenderOptions options) {
            return (b, directory, baseName) -> {
                bothStarted.countDown();
                try {
                    if (!bothStarted.await(20, TimeUnit.SECONDS)) {
                        throw new AssertionError("the other format did not start while this one ran");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
                return List.of();
            };
        }
    }
}
