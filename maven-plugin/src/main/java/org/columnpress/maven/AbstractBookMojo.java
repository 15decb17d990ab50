package org.columnpress.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.GroupingReporter;
import org.columnpress.core.Reporter;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.internal.Failures;
import org.columnpress.maven.internal.MavenLogReporter;
import org.columnpress.maven.internal.OutputTimestamp;
import org.columnpress.maven.internal.PomDefaults;
import org.columnpress.maven.internal.RendererSettings;

/**
 * What the {@code publish} and {@code check} goals share: the book folder, the formats and their
 * settings (a check reads them too, so a wrong setting fails it as it fails a build), and how warnings
 * and errors reach the log.
 */
public abstract class AbstractBookMojo extends AbstractMojo {

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
     * The formats to build, by renderer name: {@code pdf}, {@code epub}, {@code web} (the book as a static
     * site in {@code <outputDirectory>/<finalName>-web/}; not built unless named), or the name of a
     * third-party renderer on the plugin's class path (in the plugin's {@code <dependencies>}).
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
     * TrueType font files for the PDF, each face registered under the typographic family and numeric weight
     * its own tables give ({@code 'Source Sans 3'}, 600), which the build log lists; choose them in a
     * stylesheet parameter such as {@code body.font.family} (see "Naming a font" in
     * fop-renderer/README.md). Default: none, the house fonts (Literata and Source Code Pro).
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
     * How many pixels per inch the PDF keeps of each picture, at the largest size the picture can print
     * (the text area's width and height); a picture with more is downsampled in a copy, never in your files.
     * From 72 to 2400; 300 is what print asks for. The same as setting {@code pdf.image-ppi}. Default: {@code 300}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.pdfImagePpi")
    private Integer pdfImagePpi;

    /**
     * The most pixels (width x height) a picture keeps in the EPUB; a PNG or JPEG with more is downsampled
     * in a copy. At least 10000: one million is as wide as the text on the common e-readers, four million
     * suits an edition read on large tablets (a picture over Kindle's 5 MB per image is warned about). The
     * same as setting {@code epub.image-max-pixels}. Default: {@code 1000000}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.epubImageMaxPixels")
    private Long epubImageMaxPixels;

    /**
     * The printer of the print edition, in place of {@code book.yaml}'s {@code print: printer:}: {@code kdp},
     * {@code ingramspark}, {@code lulu} or {@code offset}. With a printer (here or in book.yaml) the build
     * also writes {@code <finalName>-print.pdf}, {@code -cover.pdf} and {@code -preflight.txt}, attached with
     * those classifiers. Default: what book.yaml says (no print edition without a {@code print:} section).
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.printer")
    private String printer;

    /**
     * The print edition's trim size, in place of {@code print: trim:}, such as {@code 6x9in}; it must be one
     * the printer offers. Default: what book.yaml says.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.trim")
    private String printTrim;

    /**
     * The print edition's paper, in place of {@code print: paper:}: {@code white}, {@code cream} or
     * {@code colour}. Default: what book.yaml says, else {@code white}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.paper")
    private String paper;

    /**
     * The print edition's binding, in place of {@code print: binding:}: {@code paperback} or
     * {@code hardcover}. Default: what book.yaml says, else {@code paperback}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.binding")
    private String binding;

    /**
     * The back cover's text, a Markdown file in the book folder, in place of {@code print: back:}.
     * Default: what book.yaml says (none: a back cover with the bio and barcode only).
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.back")
    private String printBack;

    /**
     * The price printed on the back cover, in place of {@code print: price:}, such as {@code "USD 14.99"};
     * for IngramSpark it is also coded in the barcode's 5-digit add-on. Default: what book.yaml says.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.print.price")
    private String price;

    /**
     * An XSL-FO stylesheet for the print edition's cover, replacing the default; it usually
     * {@code xsl:import}s {@code https://columnpress.org/xsl/fo/cover.xsl} and overrides a few {@code cover.*}
     * params or templates (fop-renderer/PARAMETERS.md lists them). Default: none, the built-in cover.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.coverStylesheet")
    private File coverStylesheet;

    /**
     * Fail the build when a preflight check of the print edition fails (a page count the printer does not
     * bind, a cover of the wrong size...). Warnings never fail it. Default: {@code true}.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.failOnPreflight")
    private Boolean failOnPreflight;

    /**
     * Where the web edition will be published, such as {@code https://example.org/columns/}: with it the
     * site's pages get canonical links and absolute Open Graph and feed links, and a {@code sitemap.xml} is
     * written. Without it every link is relative. Default: none.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.siteUrl")
    private String siteUrl;

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
     * Skip publishing, and checking.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.skip", defaultValue = "false")
    private boolean skip;

    /**
     * Print every warning, with its file and line, as it comes. Without it, the warnings come at the end,
     * grouped by kind: a kind seen more than three times (links to the author's own site, say) as one line
     * with its count and first places, followed by its first warning in full.
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.verbose", defaultValue = "false")
    private boolean verbose;

    @Parameter(defaultValue = "${project.build.outputTimestamp}", readonly = true)
    private String outputTimestamp;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /**
     * Whether to stop at once: skipped, or (a failure) no book folder.
     *
     * @return true when {@code columnpress.skip} is set
     * @throws MojoFailureException if the book folder does not exist
     */
    protected boolean skipped() throws MojoFailureException {
        if (skip) {
            getLog().info("Columnpress: skipped (columnpress.skip)");
            return true;
        }
        if (!sourceDirectory.isDirectory()) {
            throw new MojoFailureException("No book folder at " + sourceDirectory + ": put book.yaml and "
                    + "columns/ there, or point <sourceDirectory> at your book.");
        }
        return false;
    }

    /**
     * Core's work, with a reporter on Maven's log that groups warnings by kind and prints them at the end.
     *
     * @param <T>  what the work returns
     * @param work what to do with the reporter
     * @return what the work returned
     * @throws MojoFailureException   for a mistake in the user's book or configuration (core's {@code InputException})
     * @throws MojoExecutionException for any other error of core's, with its cause
     */
    protected <T> T withReporter(Work<T> work) throws MojoExecutionException, MojoFailureException {
        GroupingReporter reporter = new GroupingReporter(new MavenLogReporter(getLog()), projectDirectory(),
                verbose, "-Dcolumnpress.verbose lists all");
        try {
            return work.run(reporter);
        } catch (ColumnpressException e) {
            AbstractMojoExecutionException failure = Failures.of(e, projectDirectory());
            if (failure instanceof MojoFailureException userMistake) {
                throw userMistake;
            }
            throw (MojoExecutionException) failure;
        } finally {
            reporter.flush();
        }
    }

    /** Work done with a reporter. */
    @FunctionalInterface
    protected interface Work<T> {
        /**
         * Does the work.
         *
         * @param reporter where progress and warnings go
         * @return the work's result
         */
        T run(Reporter reporter);
    }

    /**
     * The build the parameters ask for: formats, renderer settings, timestamp, POM defaults and print overrides.
     *
     * @param renderers the renderers on the plugin's class path
     * @return the request for core's publisher
     * @throws MojoFailureException if no format is chosen, a format has no renderer, or a parameter is wrong
     */
    protected PublishRequest request(Renderers renderers) throws MojoFailureException {
        List<String> chosen = formats(formats.stream().map(String::trim).filter(f -> !f.isEmpty()).distinct()
                .toList());
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
                    .value("pdf", "debug", debug).value("pdf", "image-ppi", pdfImagePpi)
                    .value("pdf", "fail-on-preflight", failOnPreflight)
                    .file("pdf", "cover-stylesheet", coverStylesheet)
                    .file("epub", "css", css).file("epub", "extra-css", extraCss)
                    .value("epub", "image-max-pixels", epubImageMaxPixels)
                    .value("epub", "embed-fonts", embedFonts).value("web", "site-url", siteUrl).raw(settings).columnCache(buildDirectory).toMap();
            Instant timestamp = OutputTimestamp.parse(outputTimestamp)
                    .orElseGet(() -> Instant.now().truncatedTo(ChronoUnit.SECONDS));
            return new PublishRequest(sourceDirectory.toPath(), outputDirectory.toPath(), finalName, chosen,
                    rendererSettings, project.getBasedir().toPath(), timestamp, PomDefaults.from(project.getModel()),
                    printOverrides());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * The formats this goal builds, from those configured: {@code serve} adds the web edition.
     *
     * @param configured the {@code formats} parameter, trimmed, without blanks or repeats
     * @return the formats to build; the configured ones by default
     */
    protected List<String> formats(List<String> configured) {
        return configured;
    }

    /** The print parameters the user gave, by their {@code print:} key in book.yaml. */
    private Map<String, String> printOverrides() {
        Map<String, String> overrides = new java.util.TreeMap<>();
        java.util.function.BiConsumer<String, String> put = (key, value) -> {
            if (value != null && !value.isBlank()) {
                overrides.put(key, value.strip());
            }
        };
        put.accept("printer", printer);
        put.accept("trim", printTrim);
        put.accept("paper", paper);
        put.accept("binding", binding);
        put.accept("back", printBack);
        put.accept("price", price);
        return overrides;
    }

    /**
     * The project being built.
     *
     * @return the project
     */
    protected MavenProject project() {
        return project;
    }

    /**
     * The project's build folder, where caches go.
     *
     * @return {@code ${project.build.directory}}
     */
    protected File buildDirectory() {
        return buildDirectory;
    }

    /**
     * The project's {@code project.build.outputTimestamp}, as written.
     *
     * @return the value; null when the project sets none
     */
    protected String outputTimestamp() {
        return outputTimestamp;
    }

    /**
     * The project folder: relative paths resolve against it, and messages show files relative to it.
     *
     * @return the project's base directory
     */
    protected Path projectDirectory() {
        return project.getBasedir().toPath();
    }
}
