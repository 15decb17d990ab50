package org.columnpress.render.pdf.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.columnpress.core.render.RenderOptions;

/**
 * The {@code pdf.} settings of the print edition (the edition itself comes from book.yaml's {@code print:}):
 * the cover's stylesheet, and whether a failed preflight check fails the build.
 *
 * @param coverStylesheet the user's cover stylesheet ({@code pdf.cover-stylesheet}), which imports
 *                        {@code https://columnpress.org/xsl/fo/cover.xsl}; empty for ours
 * @param failOnPreflight {@code pdf.fail-on-preflight}: a failed check fails the build (default); warnings never do
 */
record PrintSettings(Optional<Path> coverStylesheet, boolean failOnPreflight) {

    static PrintSettings from(RenderOptions options) {
        Optional<Path> cover = options.path("cover-stylesheet");
        cover.filter(file -> !Files.isRegularFile(file)).ifPresent(file -> {
            throw new InputException(file, 0, "the file named by setting 'pdf.cover-stylesheet' does not exist."
                    + " Check the path (relative to the project folder).");
        });
        return new PrintSettings(cover, options.flag("fail-on-preflight", true));
    }
}
