package org.columnpress.render.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The site's one style sheet, {@code style.css} beside this class. */
final class Stylesheet {

    static final String CSS = resource("style.css");

    private Stylesheet() {
    }

    private static String resource(String name) {
        try (InputStream in = Stylesheet.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
