package org.columnpress.core.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.columnpress.core.ColumnpressException;

/** Files the renderers ship inside their jars (style sheets) and core's house fonts, read one way. */
public final class Resources {

    /** Where core keeps the house fonts and their licences ({@code fonts/README.md} there lists them). */
    public static final String HOUSE_FONTS = "org/columnpress/core/fonts/";

    private Resources() {
    }

    /**
     * A UTF-8 text beside {@code owner}, such as its default style sheet; a missing one is a broken jar.
     *
     * @param owner the class the resource lies beside
     * @param name  the resource's name relative to the owner's package
     * @return the text
     * @throws IllegalStateException if the resource is missing
     * @throws java.io.UncheckedIOException if it cannot be read
     */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + owner.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Copies one of the house font files (or a licence) of {@link #HOUSE_FONTS} to {@code out}.
     *
     * @param file the file's name in that folder
     * @param out  where the bytes go; left open
     * @throws IOException if writing fails
     * @throws ColumnpressException if the file is missing from the core jar
     */
    public static void copyHouseFont(String file, OutputStream out) throws IOException {
        try (InputStream in = Resources.class.getClassLoader().getResourceAsStream(HOUSE_FONTS + file)) {
            if (in == null) {
                throw new ColumnpressException("The house font file " + HOUSE_FONTS + file + " is missing from "
                        + "columnpress-core. Check that the core jar is complete.");
            }
            in.transferTo(out);
        }
    }
}
