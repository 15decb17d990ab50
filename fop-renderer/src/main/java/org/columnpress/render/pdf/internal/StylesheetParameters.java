package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.columnpress.core.render.RenderOptions;

/**
 * Refuses a stylesheet parameter the stylesheet does not declare: XSLT ignores a value for a parameter that
 * does not exist, so a typo would change nothing, silently. Only the user's {@code param.*} settings are
 * checked; what the renderer sets itself (page size from {@code trim}, {@code build.timestamp}, ...) is not.
 */
final class StylesheetParameters {

    private static final String PREFIX = "param.";

    private StylesheetParameters() {
    }

    /**
     * @param userStylesheet the user's stylesheet, whose own params and those of every file it imports or
     *                       includes are known; when empty, ours
     */
    static void requireDeclared(RenderOptions options, Optional<Path> userStylesheet,
            Optional<Path> userCoverStylesheet) {
        Set<String> declared = null;
        for (String key : options.settings().keySet()) {
            if (!key.startsWith(PREFIX)) {
                continue;
            }
            if (declared == null) {
                // The book's and the cover's: the user's param.* reach both.
                declared = new java.util.HashSet<>(StylesheetFiles.paramNames(StylesheetFiles.of(userStylesheet)));
                declared.addAll(StylesheetFiles.paramNames(
                        StylesheetFiles.of(userCoverStylesheet, StylesheetResolver.COVER)));
            }
            String name = key.substring(PREFIX.length());
            if (!declared.contains(name)) {
                String where = userStylesheet
                        .map(file -> "Neither your stylesheet " + file.getFileName()
                                + " nor a stylesheet it imports declares an xsl:param of that name")
                        .orElse("The default stylesheet declares no xsl:param of that name");
                throw new InputException(null, 0, "Unknown stylesheet parameter '" + name + "'."
                        + CloseMatches.suggestion(name, declared) + " " + where + ": correct it in the plugin's"
                        + " <stylesheetParameters> (setting pdf." + key + ")"
                        + (userStylesheet.isPresent() ? " or declare it in your stylesheet" : "")
                        + ". The parameters are listed in the PDF renderer's PARAMETERS.md.");
            }
        }
    }
}
