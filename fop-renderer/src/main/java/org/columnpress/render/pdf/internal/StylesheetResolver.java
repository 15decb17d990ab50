package org.columnpress.render.pdf.internal;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.Source;
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
    /** The default stylesheet of the full-wrap cover; it imports {@link #DEFAULT}. */
    static final String COVER = BASE + "cover.xsl";
    private static final String RESOURCES = "org/columnpress/render/pdf/xsl/fo/";

    private final Optional<Path> userStylesheet;

    /** @param userStylesheet the user's stylesheet, if any, whose neighbours it may import */
    StylesheetResolver(Optional<Path> userStylesheet) {
        this.userStylesheet = userStylesheet;
    }

    /** The user's own stylesheet, as the compiler reads it. */
    static Source userStylesheet(Path file) {
        return new StreamSource(file.toAbsolutePath().normalize().toFile());
    }

    /** A refusal is an error that Saxon reports at the {@code xsl:import} that asked, with its line and column. */
    @Override
    public Source resolve(String href, String base) throws TransformerException {
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
}
