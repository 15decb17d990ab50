package org.columnpress.maven.internal;

import java.nio.file.Path;
import org.apache.maven.plugin.AbstractMojoExecutionException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;

/**
 * Core's exceptions as Maven's: the user's mistakes (every problem on its own line, files relative to
 * the project) fail the build without a stack trace, printed once; anything else is an execution error
 * with its cause.
 */
public final class Failures {

    private Failures() {
    }

    public static AbstractMojoExecutionException of(ColumnpressException e, Path projectDirectory) {
        if (e instanceof InputException input) {
            // Not the cause: Maven would print its message (the same, with absolute paths) again. With -e
            // the stack trace still shows it, suppressed.
            MojoFailureException failure = new MojoFailureException(input.describe(projectDirectory));
            failure.addSuppressed(e);
            return failure;
        }
        return new MojoExecutionException(e.getMessage(), e);
    }
}
