package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Everything FOP loads goes through here: {@code classpath:} resources (the house fonts) and local
 * {@code file:} URIs (images the book reader checked, or a render's prepared copies, which the book XML
 * names; the user's fonts). Nothing from the network, and FOP never writes a file of its own. It holds no
 * state, so renders that share it cannot disturb each other.
 */
final class GuardedResourceResolver implements ResourceResolver {

    @Override
    public Resource getResource(URI uri) throws IOException {
        if ("classpath".equals(uri.getScheme())) {
            String name = uri.getSchemeSpecificPart().replaceFirst("^/+", "");
            InputStream in = GuardedResourceResolver.class.getClassLoader().getResourceAsStream(name);
            if (in == null) {
                throw new IOException("No resource " + uri + " on the class path");
            }
            return new Resource(in);
        }
        if ("file".equals(uri.getScheme())) {
            return new Resource(Files.newInputStream(Path.of(uri).normalize()));
        }
        throw new IOException("Refused to load " + uri + ": Columnpress reads only local files while it"
                + " renders (no network access).");
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Refused to write " + uri + ": FOP writes only the PDF it is given.");
    }
}
