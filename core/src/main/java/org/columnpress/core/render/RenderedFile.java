package org.columnpress.core.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A file a renderer wrote.
 *
 * @param path  where it is
 * @param role  what the file is to the user, see {@link Role}
 * @param pages the page count of a paginated format, 0 otherwise
 */
public record RenderedFile(Path path, Role role, int pages) {

    /** What a file is to the user; the ones a build attaches to the project have a classifier. */
    public enum Role {
        /** The whole book in the renderer's format: the project's main file of that type. */
        BOOK(true),
        /** One column's own file. */
        COLUMN(false),
        /** An intermediate file kept on request (XML, FO). */
        DEBUG(false),
        /** The interior of the print edition, for the printer: attached as {@code print}. */
        PRINT(true),
        /** The print edition's full-wrap cover: attached as {@code cover}. */
        COVER(true),
        /** The checks of the print edition against the printer's rules: attached as {@code preflight}. */
        PREFLIGHT(true);

        private final boolean attached;

        Role(boolean attached) {
            this.attached = attached;
        }

        /**
         * Whether a build attaches files of this role to the project (installs and deploys them).
         *
         * @return false for intermediate files and column files
         */
        public boolean attached() {
            return attached;
        }

        /**
         * The classifier a file of this role is attached with, after the build's own (a second execution's
         * {@code classifier}): none for the book, {@code print}, {@code cover} or {@code preflight} for the
         * print edition's files, joined to the build's by a hyphen.
         *
         * @param build the build's own classifier; empty for none
         * @return the classifier; empty for the book of a build without one
         */
        public Optional<String> classifier(Optional<String> build) {
            if (this == BOOK) {
                return build;
            }
            String own = name().toLowerCase(Locale.ROOT);
            return Optional.of(build.map(b -> b + "-" + own).orElse(own));
        }
    }

    /**
     * Checks that there is a path and a role.
     *
     * @param path  where it is
     * @param role  what the file is to the user
     * @param pages the page count; 0 for a format without pages
     * @throws NullPointerException if the path or role is null
     */
    public RenderedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
    }
}
