package org.columnpress.render.pdf.internal;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.Source;
import javax.xml.transform.TransformerException;
import javax.xml.transform.URIResolver;
import javax.xml.transform.stream.StreamSource;

/**
 * Serves our stylesheets from the jar under their stable URIs ({@link #BASE}) and refuses every other
 * external access, except files inside the folder of a user's stylesheet (which it may import).
 * Nothing is ever fetched from the network.
 */
final class StylesheetResolver implements URIResolver {

    /** Where the default stylesheets live, as users {@code xsl:import} them. Never fetched. */
    static final String BASE = "https://columnpress.org/xsl/fo/";
    static final String DEFAULT = BASE + "columnpress.xsl";
    private static final String RESOURCES = "org/columnpress/render/pdf/xsl/fo/";

    private final Optional<Path> userFolder;

    /** @param userFolder the folder of the user's stylesheet, whose files may be imported */
    StylesheetResolver(Optional<Path> userFolder) {
        this.userFolder = userFolder.map(p -> p.toAbsolutePath().normalize());
    }

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
        if ("file".equals(uri.getScheme()) && userFolder.isPresent()) {
            Path file = Path.of(uri).normalize();
            if (file.startsWith(userFolder.get())) {
                return new StreamSource(file.toFile());
            }
        }
        throw new TransformerException("Refused to load '" + text + "': stylesheets may import only "
                + BASE + "… (from the Columnpress jar) and files in the folder of the user's stylesheet.");
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
