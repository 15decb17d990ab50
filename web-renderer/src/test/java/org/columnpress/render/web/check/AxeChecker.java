package org.columnpress.render.web.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * axe-core (the accessibility engine behind Lighthouse and DAISY Ace) in Debian's headless Chromium, driven by
 * a small Node script ({@code axe/axe-check.js}) through puppeteer-core. Pages load from {@code file:} URLs;
 * every other request is blocked and reported as a problem, so a test fetches nothing. Violations are problems
 * (rule, impact, page, the element's selector); "needs review" results are notes.
 *
 * <p>Node and npm come with the machine, Chromium from {@code apt-get install chromium} ({@code .ci/run} does
 * it). The npm packages (pinned by {@code axe/package-lock.json}, no browser download) are installed on first
 * use into {@code ~/.cache/columnpress-axe-<hash>} ({@code $XDG_CACHE_HOME} if set), as the shared Ace script
 * does, so a fresh clone needs no step of its own. Where Chromium is missing, {@link #unavailable()} says so
 * for a test's assumption.
 */
public final class AxeChecker {

    private static final String RESOURCES = "axe/";

    /** Why axe cannot run here, or empty when it can. */
    public static Optional<String> unavailable() {
        if (!Files.isExecutable(chromium())) {
            return Optional.of("axe-core needs Chromium at " + chromium() + ": apt-get install -y chromium"
                    + " (or set PUPPETEER_EXECUTABLE_PATH)");
        }
        if (!onPath("node") || !onPath("npm")) {
            return Optional.of("axe-core needs node and npm on the PATH");
        }
        return Optional.empty();
    }

    /** Checks {@code pages} in one browser; paths shown relative to {@code site}. */
    public CheckReport check(Path site, List<Path> pages) {
        unavailable().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        Path script = Installation.script();
        List<String> command = new ArrayList<>(List.of("node", script.toString()));
        pages.forEach(page -> command.add(page.toAbsolutePath().normalize().toString()));
        Run run = Run.of(command, script.getParent(), 180 + 60L * pages.size());
        if (run.exit != 0) {
            throw new IllegalStateException("axe-core did not run (exit " + run.exit + "):\n" + run.output);
        }
        return parse(site, pages, run.output);
    }

    private static CheckReport parse(Path site, List<Path> pages, String output) {
        List<Finding> problems = new ArrayList<>();
        List<Finding> notes = new ArrayList<>();
        int checked = 0;
        for (String line : output.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "violation" -> problems.add(new Finding(SiteFiles.shown(site, Path.of(f[1])), 0,
                        f[2] + " (" + f[3] + ") at " + f[4] + ": " + f[5]));
                case "incomplete" -> notes.add(new Finding(SiteFiles.shown(site, Path.of(f[1])), 0,
                        "needs review: " + f[2] + " (" + f[3] + ") at " + f[4] + ": " + f[5]));
                case "blocked" -> problems.add(new Finding(SiteFiles.shown(site, Path.of(f[1])), 0,
                        "requested from the network (blocked): " + f[2]));
                case "checked" -> checked++;
                default -> { } // the browser's own chatter on stderr, merged in
            }
        }
        if (checked != pages.size()) {
            throw new IllegalStateException("axe-core checked " + checked + " of " + pages.size() + " pages:\n"
                    + output);
        }
        return new CheckReport("axe-core", checked, problems, notes);
    }

    private static Path chromium() {
        String configured = System.getenv("PUPPETEER_EXECUTABLE_PATH");
        return Path.of(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, program)));
    }

    /**
     * The npm packages, installed once per machine into a cache folder keyed by their lock file, and the script
     * beside them under a name keyed by its own content (so editing the script never reinstalls the packages, and
     * builds of two versions never overwrite each other's script).
     */
    static final class Installation {

        private static final String PACKAGES_READY = "node_modules/axe-core/axe.min.js";

        private static Path script;

        private Installation() {
        }

        static synchronized Path script() {
            if (script == null) {
                try {
                    Path home = packages();
                    byte[] code = resource("axe-check.js");
                    script = home.resolve("axe-check-" + hash(List.of(code)) + ".js");
                    if (!Files.isRegularFile(script)) {
                        Path temporary = Files.createTempFile(home, "axe-check-", ".tmp");
                        Files.write(temporary, code);
                        Files.move(temporary, script, StandardCopyOption.ATOMIC_MOVE);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot install axe-core's npm packages and script", e);
                }
            }
            return script;
        }

        private static Path packages() throws IOException {
            byte[] manifest = resource("package.json");
            byte[] lock = resource("package-lock.json");
            Path home = cache().resolve("columnpress-axe-" + hash(List.of(manifest, lock)));
            if (Files.isRegularFile(home.resolve(PACKAGES_READY))) {
                return home;
            }
            // Installed beside, then moved into place: two builds installing at once never see half a folder.
            Files.createDirectories(home.getParent());
            Path staging = Files.createTempDirectory(home.getParent(), home.getFileName() + ".installing-");
            try {
                Files.write(staging.resolve("package.json"), manifest);
                Files.write(staging.resolve("package-lock.json"), lock);
                Run npm = Run.of(List.of("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund",
                        "--loglevel=error"), staging, 600);
                if (npm.exit != 0) {
                    throw new IllegalStateException("npm ci for axe-core failed (exit " + npm.exit + "):\n"
                            + npm.output);
                }
                if (!Files.isRegularFile(home.resolve(PACKAGES_READY))) {
                    Files.move(staging, home, StandardCopyOption.ATOMIC_MOVE);
                }
                return home;
            } finally {
                deleteTree(staging); // gone after the move; left over when another build installed first
            }
        }

        private static String hash(List<byte[]> contents) {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                contents.forEach(sha::update);
                return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void deleteTree(Path folder) throws IOException {
            if (Files.exists(folder)) {
                try (var paths = Files.walk(folder)) {
                    for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(path);
                    }
                }
            }
        }

        private static Path cache() {
            String xdg = System.getenv("XDG_CACHE_HOME");
            return xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        }

        private static byte[] resource(String name) throws IOException {
            try (InputStream in = AxeChecker.class.getResourceAsStream(RESOURCES + name)) {
                if (in == null) {
                    throw new IOException("missing test resource " + RESOURCES + name);
                }
                return in.readAllBytes();
            }
        }
    }

    /** A child process's exit code and its output (stdout and stderr merged). */
    private record Run(int exit, String output) {

        static Run of(List<String> command, Path directory, long timeoutSeconds) {
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true);
            builder.environment().put("PUPPETEER_SKIP_DOWNLOAD", "true");
            builder.environment().put("PUPPETEER_EXECUTABLE_PATH", chromium().toString());
            try {
                Process process = builder.start();
                process.getOutputStream().close();
                // Read on this thread until the process closes its output; the timeout guards a hung browser.
                Thread killer = new Thread(() -> {
                    try {
                        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                            process.descendants().forEach(ProcessHandle::destroyForcibly);
                            process.destroyForcibly();
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "axe-timeout");
                killer.setDaemon(true);
                killer.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int exit = process.waitFor();
                killer.interrupt();
                return new Run(exit, output);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot run " + command.get(0), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while running " + command.get(0), e);
            }
        }
    }
}
