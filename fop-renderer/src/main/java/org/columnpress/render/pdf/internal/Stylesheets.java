package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;

/**
 * Compiles the stylesheet once per renderer, with the JDK's built-in XSLTC (see the package notes for
 * why). Secure processing is on; external access goes only through {@link StylesheetResolver}. A
 * terminating {@code xsl:message} fails a transformation with its text ({@link StylesheetMessages}).
 */
final class Stylesheets {

    private Stylesheets() {
    }

    static Templates compile(Optional<Path> userStylesheet) {
        TransformerFactory factory = factory();
        StylesheetResolver resolver = new StylesheetResolver(userStylesheet);
        factory.setURIResolver(resolver);
        List<TransformerException> errors = new ArrayList<>();
        factory.setErrorListener(new Collecting(errors));
        try {
            if (userStylesheet.isPresent()) {
                Path file = userStylesheet.get().toAbsolutePath();
                return new StylesheetMessages(factory.newTemplates(new StreamSource(file.toFile())));
            }
            return new StylesheetMessages(
                    factory.newTemplates(StylesheetResolver.jarStylesheet(StylesheetResolver.DEFAULT)));
        } catch (TransformerConfigurationException e) {
            errors.add(e);
            TransformerException first = errors.get(0);
            if (userStylesheet.isPresent()) {
                // XSLTC puts the line in the locator of some errors and only in the text of others.
                // A refused import is the cause of whatever else XSLTC then says, and the resolver knows where.
                TransformerException located = resolver.refusal()
                        .or(() -> errors.stream().filter(x -> line(x) > 0).findFirst()).orElse(first);
                String what = resolver.refusal().map(TransformerException::getMessage).orElseGet(() -> errors
                        .stream().map(x -> x.getMessage().replaceFirst("^.*?: line \\d+: ", ""))
                        .distinct().collect(java.util.stream.Collectors.joining("; ")));
                throw new InputException(locatedFile(located, userStylesheet.get()), line(located),
                        "the stylesheet does not compile: " + what.replaceFirst("[.\\s]+$", "")
                                + ". Fix the stylesheet (XSLT 1.0).", e);
            }
            throw new ColumnpressException("The default stylesheet does not compile: " + first, e);
        } catch (TransformerException e) {
            throw new ColumnpressException("Cannot load the stylesheet: " + e.getMessage(), e);
        }
    }

    /** A factory for our own processing: XSLTC whatever else is on the class path, locked down. */
    static TransformerFactory factory() {
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new ColumnpressException("The XSLT processor refuses secure processing: " + e, e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    private static Path locatedFile(TransformerException error, Path fallback) {
        SourceLocator locator = error.getLocator();
        String systemId = locator != null ? locator.getSystemId() : null;
        if (systemId == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(file:[^ ]+?): line \\d+: ")
                    .matcher(String.valueOf(error.getMessage()));
            systemId = m.find() ? m.group(1) : null;
        }
        if (systemId != null && systemId.startsWith("file:")) {
            try {
                return Path.of(java.net.URI.create(systemId));
            } catch (IllegalArgumentException ignored) {
                return fallback; // an odd system id: the user's own file is the best guess
            }
        }
        return fallback;
    }

    private static int line(TransformerException error) {
        SourceLocator locator = error.getLocator();
        if (locator != null && locator.getLineNumber() > 0) {
            return locator.getLineNumber();
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(": line (\\d+): ")
                .matcher(String.valueOf(error.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Keeps compile errors so the first one, with its line, reaches the user; warnings are dropped. */
    private record Collecting(List<TransformerException> errors) implements ErrorListener {
        @Override
        public void warning(TransformerException exception) {
            // XSLTC warns about harmless things (unused imports); not the user's problem.
        }

        @Override
        public void error(TransformerException exception) {
            errors.add(exception);
        }

        @Override
        public void fatalError(TransformerException exception) {
            errors.add(exception);
        }
    }
}
