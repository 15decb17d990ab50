package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.transform.Source;
import javax.xml.transform.SourceLocator;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;
import org.columnpress.core.render.StylesheetImports;

/**
 * Serves our stylesheets from the jar under their stable URIs ({@link #BASE}) and refuses every other
 * external access, except the files a user's stylesheet may import by {@link StylesheetImports}' rule (the
 * same files the caches hash). Nothing is ever fetched from the network.
 */
final class StylesheetResolver implements URIResolver {

    /** Where the default stylesheets live, as users {@code xsl:import} them. Never fetched. */
    static final String BASE = "https://columnpress.org/xsl/fo/";
    static final String DEFAULT = BASE + "columnpress.xsl";
    private static final String RESOURCES = "org/columnpress/render/pdf/xsl/fo/";

    private final Optional<Path> userStylesheet;
    /** The first refusal, located: XSLTC reports it as an "Invalid URI", without file or line. */
    private TransformerException refusal;

    /** @param userStylesheet the user's stylesheet, if any, whose neighbours it may import */
    StylesheetResolver(Optional<Path> userStylesheet) {
        this.userStylesheet = userStylesheet;
    }

    @Override
    public Source resolve(String href, String base) throws TransformerException {
        try {
            return load(href, base);
        } catch (TransformerException e) {
            if (refusal == null) {
                refusal = new TransformerException(e.getMessage(), new Location(base, lineOf(href, base)), e);
            }
            throw e;
        }
    }

    /** The first import or include refused while compiling, with the file and line that asked for it. */
    Optional<TransformerException> refusal() {
        return Optional.ofNullable(refusal);
    }

    private Source load(String href, String base) throws TransformerException {
        URI uri;
        try {
            uri = base == null || base.isEmpty() ? new URI(href) : new URI(base).resolve(href);
        } catch (java.net.URISyntaxException e) {
            throw new TransformerException("Not a valid URI: " + href, e);
        }
        String text = uri.toString();
        if (text.startsWith(BASE)) {
            return jarStylesheet(text);
        }
        if ("file".equals(uri.getScheme()) && userStylesheet.isPresent()) {
            Path file = Path.of(uri).normalize();
            if (StylesheetImports.mayImport(userStylesheet.get(), file)) {
                return new StreamSource(file.toFile());
            }
        }
        String named = href.equals(text) ? "'" + text + "'" : "'" + href + "' (" + text + ")";
        throw new TransformerException("Refused to load " + named + ": a stylesheet may import only "
                + BASE + "… (from the Columnpress jar) and " + StylesheetImports.describe() + ".");
    }

    static StreamSource jarStylesheet(String uri) throws TransformerException {
        String name = uri.substring(BASE.length());
        InputStream in = name.matches("[a-z0-9-]+\\.xsl")
                ? StylesheetResolver.class.getClassLoader().getResourceAsStream(RESOURCES + name)
                : null;
        if (in == null) {
            throw new TransformerException("No stylesheet " + uri + " in Columnpress; the default is "
                    + DEFAULT + ".");
        }
        return new StreamSource(in, uri);
    }

    /** The first line of the importing file that names {@code href}; 0 when that cannot be told. */
    private static int lineOf(String href, String base) {
        if (base == null || !base.startsWith("file:")) {
            return 0;
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(URI.create(base)), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("\"" + href + "\"") || lines.get(i).contains("'" + href + "'")) {
                    return i + 1;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0; // the refusal is reported all the same, without its line
        }
        return 0;
    }

    private record Location(String systemId, int line) implements SourceLocator {
        @Override
        public String getPublicId() {
            return null;
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public int getLineNumber() {
            return line;
        }

        @Override
        public int getColumnNumber() {
            return -1;
        }
    }
}
