package org.columnpress.render.epub.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The book's one style sheet: the default (or the user's replacement), the fonts, the user's extra. */
final class Stylesheet {

    private static final String DEFAULT = resource("default.css");
    private static final String FONTS = resource("fonts.css");

    private Stylesheet() {
    }

    static String of(EpubSettings settings) {
        StringBuilder css = new StringBuilder(settings.css().orElse(DEFAULT));
        if (settings.embedFonts()) {
            css.append('\n').append(FONTS);
        }
        settings.extraCss().ifPresent(extra -> css.append("\n/* epub.extra-css */\n").append(extra));
        return css.toString();
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
