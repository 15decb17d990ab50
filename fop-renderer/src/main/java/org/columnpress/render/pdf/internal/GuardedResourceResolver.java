package org.columnpress.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;

/**
 * Everything FOP loads goes through here: {@code classpath:} resources (the house fonts) and local
 * {@code file:} URIs (images the book reader checked, or their prepared copies; the user's fonts). Nothing from the network, and
 * FOP never writes a file of its own.
 */
final class GuardedResourceResolver implements ResourceResolver {

    /** Image files and the prepared copies (downsampled, made safe) FOP reads in their place. */
    private final Map<Path, Path> substitutes = new ConcurrentHashMap<>();

    /** From now on FOP reads {@code copy} where the book refers to {@code original}. */
    void substitute(Path original, Path copy) {
        if (!original.equals(copy)) {
            substitutes.put(original.toAbsolutePath().normalize(), copy);
        }
    }

    void forget(Path original) {
        substitutes.remove(original.toAbsolutePath().normalize());
    }

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
            Path file = Path.of(uri).normalize();
            Path copy = substitutes.get(file);
            return new Resource(Files.newInputStream(copy != null && Files.exists(copy) ? copy : file));
        }
        throw new IOException("Refused to load " + uri + ": Columnpress reads only local files while it"
                + " renders (no network access).");
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        throw new IOException("Refused to write " + uri + ": FOP writes only the PDF it is given.");
    }
}
