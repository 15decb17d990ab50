package org.columnpress.maven;

import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProjectHelper;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.internal.BuildInputs;
import org.columnpress.maven.internal.BuildRecord;
import org.columnpress.maven.internal.OutputSummary;

/**
 * Publishes the book in {@code src/book} as {@code target/<finalName>.pdf} and {@code .epub} (and any
 * other format a renderer on the plugin's class path offers), and attaches them to the project.
 * Skips when nothing it reads changed since its last successful run. Every column's errors are reported
 * at once; warnings are grouped by kind (see {@code verbose}).
 *
 * @since 0.1.0
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractBookMojo {

    /**
     * The classifier the book files are attached with. Give a second execution (a print PDF with bleed
     * beside the screen edition, say) its own classifier and {@code finalName}, and both are installed
     * and deployed side by side instead of one replacing the other. Default: none.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.classifier")
    private String classifier;

    /**
     * Rebuild even when nothing the book is made from changed since the last successful run.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        long start = System.nanoTime();
        Renderers renderers = Renderers.discover(getClass().getClassLoader());
        PublishRequest request = request(renderers);
        BuildInputs inputs = new BuildInputs(request, String.valueOf(outputTimestamp()), plugin.getVersion(),
                plugin.getArtifacts().stream().map(a -> a.getId() + " " + a.getFile().length() + " "
                        + a.getFile().lastModified()).toList());
        String fingerprint = inputs.fingerprint();
        Path recordFile = BuildRecord.fileFor(buildDirectory().toPath(), request);
        Optional<BuildRecord> last = BuildRecord.read(recordFile);
        if (!force && last.isPresent() && last.get().stillValid(fingerprint, request.outputDirectory())) {
            getLog().info("Columnpress: book unchanged (checked in " + (System.nanoTime() - start) / 1_000_000
                    + " ms), skipping (use -Dcolumnpress.force to rebuild)");
            attach(last.get(), request.outputDirectory());
            return;
        }
        PublishResult result = withReporter(reporter -> new Publisher(renderers, reporter).publish(request));
        OutputSummary.lines(result, projectDirectory()).forEach(getLog()::info);
        BuildRecord record = BuildRecord.of(fingerprint, result, request.outputDirectory());
        record.write(recordFile);
        attach(record, request.outputDirectory());
    }

    private void attach(BuildRecord record, Path output) {
        Optional<String> own = Optional.ofNullable(classifier).map(String::strip).filter(c -> !c.isEmpty());
        for (BuildRecord.Output file : record.outputs()) {
            if (file.role().attached()) {
                String name = file.path();
                projectHelper.attachArtifact(project(), name.substring(name.lastIndexOf('.') + 1),
                        file.role().classifier(own).orElse(null), output.resolve(name).toFile());
            }
        }
    }
}
