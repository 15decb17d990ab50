package org.columnpress.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.render.Renderers;
import org.columnpress.core.render.StylesheetImports;
import org.columnpress.maven.internal.BuildRecord;
import org.columnpress.maven.internal.FileWatch;
import org.columnpress.maven.internal.LiveServer;
import org.columnpress.maven.internal.MavenLogReporter;
import org.columnpress.maven.internal.OnceReporter;
import org.columnpress.maven.internal.RendererSettings;
import org.columnpress.maven.internal.SettingFiles;
import org.columnpress.maven.internal.WatchPlan;
import org.columnpress.maven.internal.Watcher;

/**
 * Builds the book, then watches {@code src/book} (and the stylesheet, CSS and font files the configuration
 * names) and rebuilds after each save: first, at once, the changed column's own PDF and the web edition (when
 * {@code formats} has {@code web}), in one log line with its time; then, in the background, the book PDF
 * (with the print edition, if any) and the EPUB, a line each. Column PDFs are on (unless
 * {@code columnPdfs} is {@code false}) and kept in the column PDF cache, so a save renders one column, and
 * the renderers are kept between rebuilds unless a stylesheet, CSS or font file changed. An error (a column's,
 * book.yaml's) is printed as {@code publish} prints it and watching goes on, the last good files staying in
 * place. Nothing is ever written into the book folder. Ctrl-C stops it. Takes the {@code publish} goal's
 * parameters; run it as {@code mvn columnpress:watch}.
 *
 * @since 0.1.0
 */
@Mojo(name = "watch", threadSafe = true)
public class WatchMojo extends AbstractBookMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        Renderers renderers = Renderers.discover(getClass().getClassLoader());
        requireRenderers(renderers);
        PublishRequest request = request(renderers);
        Path book = request.sourceDirectory().toAbsolutePath().normalize();
        if (request.outputDirectory().toAbsolutePath().normalize().startsWith(book)) {
            throw new MojoFailureException("The output folder " + request.outputDirectory() + " lies inside the book"
                    + " folder " + book + ": watching would rebuild on its own files. Choose another <outputDirectory>.");
        }
        WatchPlan plan = WatchPlan.of(request, RendererSettings.columnCacheFolder(buildDirectory()).toPath());
        try {
            // The files made here are not the publish goal's (column PDFs on, made in two passes): its next
            // run must not take them for its own unchanged build.
            Files.deleteIfExists(BuildRecord.fileFor(buildDirectory().toPath(), request));
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot remove the build record: " + e, e);
        }
        Publisher.Session session = new Publisher(renderers,
                new OnceReporter(new MavenLogReporter(getLog()), projectDirectory())).session();
        LiveServer server = serve(request);
        CountDownLatch finished = new CountDownLatch(1);
        try (FileWatch files = new FileWatch(roots(request));
             Watcher watcher = new Watcher(session, plan, files, projectDirectory(), getLog(),
                     result -> {
                         if (server != null) {
                             server.reload();
                         }
                     })) {
            Thread stop = new Thread(() -> {
                // Ctrl-C: stop watching and building (each build removes its staging folder), then let the
                // JVM end once the loop is out.
                watcher.close();
                if (server != null) {
                    server.close();
                }
                await(finished);
            }, "columnpress-stop");
            Runtime.getRuntime().addShutdownHook(stop);
            getLog().info("Columnpress: watching " + projectDirectory().relativize(book) + " (Ctrl-C stops)");
            try {
                watcher.run();
            } finally {
                finished.countDown();
                removeHook(stop);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot watch " + book + ": " + e, e);
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    /**
     * What serve adds: its server, started before the first build; none for watch.
     *
     * @param request the first build's request, whose output folder the server serves
     * @return the running server; null for watch
     * @throws MojoFailureException   if the server cannot start for a reason the user can fix (a port in use)
     * @throws MojoExecutionException if it cannot start for another reason
     */
    protected LiveServer serve(PublishRequest request) throws MojoFailureException, MojoExecutionException {
        return null;
    }

    /**
     * What serve requires of the class path beyond the configured formats; nothing for watch.
     *
     * @param renderers the renderers on the plugin's class path
     * @throws MojoFailureException if a renderer the goal needs is missing
     */
    protected void requireRenderers(Renderers renderers) throws MojoFailureException {
    }

    /**
     * The book folder, whole; each stylesheet's folder for the files it may import (core's rule, the one the
     * PDF renderer enforces, so an imported file added later counts too); every other file a setting names.
     */
    private static List<FileWatch.Root> roots(PublishRequest request) {
        List<FileWatch.Root> roots = new ArrayList<>();
        roots.add(new FileWatch.Root(request.sourceDirectory(), true, file -> true));
        for (Map.Entry<String, List<Path>> setting : SettingFiles.of(request).entrySet()) {
            for (Path file : setting.getValue()) {
                Path named = file.toAbsolutePath().normalize();
                if (SettingFiles.stylesheet(setting.getKey())) {
                    roots.add(new FileWatch.Root(named.getParent(), true,
                            changed -> StylesheetImports.mayImport(named, changed)));
                } else {
                    roots.add(new FileWatch.Root(named.getParent(), false, named::equals));
                }
            }
        }
        return roots;
    }

    private static void await(CountDownLatch finished) {
        try {
            finished.await(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is shutting down: the hook is running, which is how we got here.
        }
    }
}
