package org.columnpress.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.internal.BuildInputs;
import org.columnpress.maven.internal.BuildRecord;
import org.columnpress.maven.internal.MavenLogReporter;
import org.columnpress.maven.internal.OutputSummary;
import org.columnpress.maven.internal.OutputTimestamp;
import org.columnpress.maven.internal.PomDefaults;
import org.columnpress.maven.internal.RendererSettings;

/**
 * Publishes the book in {@code src/book} as {@code target/<finalName>.pdf} and {@code .epub} (and any
 * other format a renderer on the plugin's class path offers), and attaches them to the project.
 * Skips when nothing it reads changed since its last successful run.
 *
 * @since 0.1.0
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class PublishMojo extends AbstractMojo {

    /**
     * The book folder: {@code book.yaml}, {@code columns/} and {@code images/}. Columnpress only reads it.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.sourceDirectory", defaultValue = "${project.basedir}/src/book")
    private File sourceDirectory;

    /**
     * Where the book files go. Two executions may share it, given each its own {@code finalName}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.outputDirectory", defaultValue = "${project.build.directory}")
    private File outputDirectory;

    /**
     * The book files' name, without extension.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.finalName", defaultValue = "${project.build.finalName}")
    private String finalName;

    /**
     * The classifier the book files are attached with. Give a second execution (a print PDF with bleed
     * beside the screen edition, say) its own classifier and {@code finalName}, and both are installed
     * and deployed side by side instead of one replacing the other. Default: none.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.classifier")
    private String classifier;

    /**
     * The formats to build, by renderer name: {@code pdf}, {@code epub}, or the name of a third-party
     * renderer on the plugin's class path (in the plugin's {@code <dependencies>}).
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.formats", defaultValue = "pdf,epub")
    private List<String> formats;

    /**
     * Also write one PDF per column (A4, rendered in parallel) under {@code <outputDirectory>/columns/}.
     * With {@code project.build.outputTimestamp} set, a build makes again only the PDFs of columns that
     * changed. Default: {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.columnPdfs")
    private Boolean columnPdfs;

    /**
     * An XSL-FO stylesheet replacing the default; it usually {@code xsl:import}s
     * {@code https://columnpress.org/xsl/fo/columnpress.xsl} and overrides a few params or templates. It
     * may import the {@code .xsl} and {@code .xslt} files in its folder and that folder's subfolders.
     * Default: none, the built-in stylesheet.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.stylesheet")
    private File stylesheet;

    /**
     * Values for the stylesheet's {@code xsl:param}s, such as {@code <body.font.size>10.5pt</body.font.size>};
     * fop-renderer/PARAMETERS.md lists every parameter of the default stylesheet. A name that neither the
     * default stylesheet nor yours declares is an error that names the close matches. Default: none.
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> stylesheetParameters;

    /**
     * A CSS file replacing the EPUB's style sheet. Default: none, the built-in style sheet.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.css")
    private File css;

    /**
     * A CSS file appended after the EPUB's style sheet, to change a few rules. Default: none.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.extraCss")
    private File extraCss;

    /**
     * TrueType font files for the PDF, registered under their family names; choose them by family name in
     * a stylesheet parameter such as {@code body.font.family}. Default: none, the house fonts (Literata and
     * Source Code Pro).
     * @since 0.1.0
     */
    @Parameter
    private List<File> fonts;

    /**
     * Embed the house font in the EPUB; without it, readers use their own fonts. Default: {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.embedFonts")
    private Boolean embedFonts;

    /**
     * The PDF's archival profile: {@code PDF/A-2b}, {@code PDF/A-2u}, {@code PDF/A-2a} or {@code none}.
     * Default: {@code PDF/A-2b}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.pdfa")
    private String pdfa;

    /**
     * Make the PDF conform to PDF/UA-1 (accessible PDF). Default: {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.pdfua")
    private Boolean pdfua;

    /**
     * The page size: {@code A5}, {@code A4}, {@code 6x9in}, {@code 5.5x8.5in}, or width x height such as
     * {@code 150mmx220mm}, each length in {@code mm}, {@code cm}, {@code in}, {@code pt}, {@code pc} or
     * {@code px} (1/96 in). Default: {@code A5}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.trimSize")
    private String trimSize;

    /**
     * Bleed around the trimmed page, such as {@code 3mm} or {@code 0.125in}, for a print edition. Default: none.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.bleed")
    private String bleed;

    /**
     * Draw crop marks outside the trimmed page. Default: {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.cropMarks")
    private Boolean cropMarks;

    /**
     * Keep the intermediate book XML and XSL-FO beside the PDF, to debug a stylesheet. Default: {@code false}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.debug")
    private Boolean debug;

    /**
     * Raw renderer settings, each named {@code <renderer>.<setting>}: {@code pdf.*}, {@code epub.*}, or a
     * third-party renderer's. Default: none.
     * @since 0.1.0
     */
    @Parameter
    private Map<String, String> settings;

    /**
     * Skip publishing.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Rebuild even when nothing the book is made from changed since the last successful run.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.force", defaultValue = "false")
    private boolean force;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Component
    private MavenProjectHelper projectHelper;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Columnpress: skipped (columnpress.skip)");
            return;
        }
        if (!sourceDirectory.isDirectory()) {
            throw new MojoFailureException("No book folder at " + sourceDirectory + ": put book.yaml and "
                    + "columns/ there, or point <sourceDirectory> at your book.");
        }
        long start = System.nanoTime();
        Renderers renderers = Renderers.discover(getClass().getClassLoader());
        PublishRequest request = request(renderers);
        BuildInputs inputs = new BuildInputs(request, String.valueOf(outputTimestamp), plugin.getVersion(),
                plugin.getArtifacts().stream().map(a -> a.getId() + " " + a.getFile().length() + " "
                        + a.getFile().lastModified()).toList());
        String fingerprint = inputs.fingerprint();
        Path recordFile = BuildRecord.fileFor(buildDirectory.toPath(), request);
        Optional<BuildRecord> last = BuildRecord.read(recordFile);
        if (!force && last.isPresent() && last.get().stillValid(fingerprint, request.outputDirectory())) {
            getLog().info("Columnpress: book unchanged (checked in " + (System.nanoTime() - start) / 1_000_000
                    + " ms), skipping (use -Dcolumnpress.force to rebuild)");
            attach(last.get(), request.outputDirectory());
            return;
        }
        PublishResult result = publish(renderers, request);
        OutputSummary.lines(result, project.getBasedir().toPath()).forEach(getLog()::info);
        BuildRecord record = BuildRecord.of(fingerprint, result, request.outputDirectory());
        record.write(recordFile);
        attach(record, request.outputDirectory());
    }

    private PublishRequest request(Renderers renderers) throws MojoFailureException {
        List<String> chosen = formats.stream().map(String::trim).filter(f -> !f.isEmpty()).distinct().toList();
        if (chosen.isEmpty()) {
            throw new MojoFailureException("<formats> is empty: name at least one of " + renderers.names() + ".");
        }
        for (String format : chosen) {
            if (!renderers.names().contains(format)) {
                throw new MojoFailureException("No renderer for format '" + format + "'. Known formats: "
                        + (renderers.names().isEmpty() ? "none" : String.join(", ", renderers.names()))
                        + ". A third-party renderer goes in the plugin's <dependencies>.");
            }
        }
        try {
            Map<String, String> rendererSettings = new RendererSettings(chosen)
                    .file("pdf", "stylesheet", stylesheet).map("pdf", "param.", stylesheetParameters)
                    .files("pdf", "fonts", fonts).value("pdf", "columns", columnPdfs)
                    .value("pdf", "pdfa", pdfa).value("pdf", "pdfua", pdfua).value("pdf", "trim", trimSize)
                    .value("pdf", "bleed", bleed).value("pdf", "crop-marks", cropMarks)
                    .value("pdf", "debug", debug).file("epub", "css", css).file("epub", "extra-css", extraCss)
                    .value("epub", "embed-fonts", embedFonts).raw(settings).columnCache(buildDirectory).toMap();
            Instant timestamp = OutputTimestamp.parse(outputTimestamp)
                    .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
            return new PublishRequest(sourceDirectory.toPath(), outputDirectory.toPath(), finalName, chosen,
                    rendererSettings, project.getBasedir().toPath(), timestamp, PomDefaults.from(project.getModel()));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private PublishResult publish(Renderers renderers, PublishRequest request)
            throws MojoExecutionException, MojoFailureException {
        try {
            return new Publisher(renderers, new MavenLogReporter(getLog())).publish(request);
        } catch (InputException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (ColumnpressException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    private void attach(BuildRecord record, Path output) {
        for (BuildRecord.Output file : record.outputs()) {
            if (file.book()) {
                String name = file.path();
                projectHelper.attachArtifact(project, name.substring(name.lastIndexOf('.') + 1),
                        classifier == null || classifier.isBlank() ? null : classifier.strip(),
                        output.resolve(name).toFile());
            }
        }
    }
}
