package org.columnpress.render.pdf.internal;

import java.util.Optional;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;

/**
 * Tells the user what a stylesheet says with an {@code xsl:message} that does not stop the build (a designer's
 * own tracing, say), with the file and line when it is in the user's stylesheet. Errors are not reported here:
 * the transformation throws them.
 */
record MessageNotes(Reporter reporter) implements ErrorListener {

    @Override
    public void warning(TransformerException message) {
        Optional<java.nio.file.Path> file = Stylesheets.file(message);
        SourceLocator at = message.getLocator();
        String where = file.map(f -> InputException.location(f, at.getLineNumber(), null)).orElse("");
        reporter.info("Stylesheet: " + where + message.getMessage());
    }

    @Override
    public void error(TransformerException exception) {
        // thrown by the transformation
    }

    @Override
    public void fatalError(TransformerException exception) {
        // thrown by the transformation
    }
}
