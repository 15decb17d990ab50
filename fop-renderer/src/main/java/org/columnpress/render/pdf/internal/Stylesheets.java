package org.columnpress.render.pdf.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.ErrorListener;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.Templates;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.render.Digest;

/**
 * Compiles a stylesheet with Saxon-HE (see the package notes for why), once: the compiled {@code Templates}
 * are kept for the next build in the same JVM (a Maven reactor, the check goal before publish) as long as
 * the stylesheet and every file it may import are unchanged. Secure
 * processing is on; external access goes only through {@link StylesheetResolver}. A stylesheet that does
 * not compile is the user's mistake, reported as {@code file:line:column: message}; a terminating
 * {@code xsl:message} fails a transformation with its text ({@link StylesheetMessages}).
 */
final class Stylesheets {

    /** Compiled stylesheets by {@link #key}: a few, the most recently used. */
    private static final Map<String, Templates> COMPILED = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Templates> eldest) {
            return size() > 4;
        }
    };

    private Stylesheets() {
    }

    /**
     * The stylesheet compiled, from the cache when neither it nor a file it may import changed since.
     *
     * @throws InputException when the user's stylesheet does not compile, naming file, line and column
     */
    static Templates compile(Optional<Path> userStylesheet) {
        return compile(userStylesheet, StylesheetResolver.DEFAULT);
    }

    /**
     * As {@link #compile(Optional)}, with {@code defaultUri} (one of ours, such as the cover's) when the user
     * gives no stylesheet.
     */
    static Templates compile(Optional<Path> userStylesheet, String defaultUri) {
        String key = userStylesheet.isEmpty() ? defaultUri : key(userStylesheet);
        synchronized (COMPILED) {
            Templates cached = COMPILED.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Templates compiled = compileNow(userStylesheet, defaultUri);
        synchronized (COMPILED) {
            COMPILED.put(key, compiled);
        }
        return compiled;
    }

    /** A user's by its path and the content of every file it may import (the cache's rule). */
    private static String key(Optional<Path> userStylesheet) {
        Path file = userStylesheet.get().toAbsolutePath().normalize();
        Digest digest = new Digest().text(file.toString());
        if (java.nio.file.Files.isRegularFile(file)) {
            ColumnCacheKeys.stylesheetAndImports(file, digest);
        }
        return digest.hex();
    }

    private static Templates compileNow(Optional<Path> userStylesheet, String defaultUri) {
        TransformerFactory factory = factory();
        StylesheetResolver resolver = new StylesheetResolver(userStylesheet);
        factory.setURIResolver(resolver);
        List<TransformerException> errors = new ArrayList<>();
        factory.setErrorListener(new Collecting(errors));
        try {
            return new StylesheetMessages(factory.newTemplates(userStylesheet.isPresent()
                    ? StylesheetResolver.userStylesheet(userStylesheet.get())
                    : StylesheetResolver.jarStylesheet(defaultUri)));
        } catch (TransformerConfigurationException e) {
            // Saxon reports each error, located, to the listener, and then throws a summary without a place.
            TransformerException first = errors.stream().filter(x -> file(x.getLocator()).isPresent()).findFirst()
                    .orElse(errors.isEmpty() ? e : errors.get(0));
            if (userStylesheet.isPresent()) {
                SourceLocator at = first.getLocator();
                throw new InputException(file(at).orElse(userStylesheet.get()),
                        at != null ? Math.max(0, at.getLineNumber()) : 0,
                        at != null ? Math.max(0, at.getColumnNumber()) : 0,
                        "the stylesheet does not compile: " + text(first) + ". Fix the stylesheet"
                                + (errors.size() > 1 ? " (the first of " + errors.size() + " errors)" : "") + ".",
                        e);
            }
            throw new ColumnpressException("The default stylesheet does not compile: " + text(first), e);
        } catch (TransformerException e) {
            throw new ColumnpressException("Cannot load the stylesheet: " + e.getMessage(), e);
        }
    }

    /**
     * A factory for our own processing: Saxon-HE, made by name so that no other processor on the class path
     * (a user's, a plugin's) can take over through the JAXP lookup; locked down. With secure processing
     * Saxon refuses {@code xsl:result-document}, {@code collection()} and extension functions.
     */
    static TransformerFactory factory() {
        TransformerFactory factory = new net.sf.saxon.TransformerFactoryImpl();
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (TransformerConfigurationException e) {
            throw new ColumnpressException("The XSLT processor refuses secure processing: " + e, e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
        return factory;
    }

    /** The user's file a place is in; empty for one of ours (served from the jar) or no place. */
    static Optional<Path> file(SourceLocator locator) {
        String systemId = locator != null ? locator.getSystemId() : null;
        if (systemId == null || !systemId.startsWith("file:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(URI.create(systemId)));
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // an odd system id: no file to name
        }
    }

    /** Saxon's text of an error, without the "Error reported by XML parser" preamble, no full stop. */
    static String text(TransformerException error) {
        String text = String.valueOf(error.getMessage())
                .replaceFirst("^\\s*Error reported by XML parser:\\s*", "").strip();
        return text.replaceFirst("[.\\s]+$", "");
    }

    /** Keeps compile errors so the first one, with its place, reaches the user; warnings are dropped. */
    private record Collecting(List<TransformerException> errors) implements ErrorListener {
        @Override
        public void warning(TransformerException exception) {
            // Saxon warns about things that are not the user's problem here; errors are what stop a build.
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
