package org.columnpress.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.columnpress.core.model.Book;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.publish.Publisher;
import org.columnpress.core.render.Renderers;

/**
 * Reads the book and runs the checks {@code publish} runs, without rendering or writing anything: the
 * same errors (every column's at once, failing the build) and the same warnings, in a second or two.
 * Takes the {@code publish} goal's parameters, so a wrong setting fails it too.
 *
 * @since 0.1.0
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class CheckMojo extends AbstractBookMojo {

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skipped()) {
            return;
        }
        long start = System.nanoTime();
        Renderers renderers = Renderers.discover(getClass().getClassLoader());
        PublishRequest request = request(renderers);
        Book book = withReporter(reporter -> new Publisher(renderers, reporter).check(request));
        int columns = book.columns().size();
        getLog().info("Columnpress: checked " + columns + (columns == 1 ? " column" : " columns") + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms: no errors");
    }
}
