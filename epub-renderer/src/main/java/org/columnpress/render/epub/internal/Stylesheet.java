package org.columnpress.render.epub.internal;

import org.columnpress.core.render.Resources;

/** The book's one style sheet: the default (or the user's replacement), the fonts, the user's extra. */
final class Stylesheet {

    private static final String DEFAULT = Resources.text(Stylesheet.class, "default.css");
    private static final String FONTS = Resources.text(Stylesheet.class, "fonts.css");

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
}
