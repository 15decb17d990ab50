package org.columnpress.core.render;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a renderer wrote.
 *
 * @param path  where it is
 * @param role  {@link Role#BOOK} for the whole book, {@link Role#COLUMN} for a per-column file,
 *              {@link Role#DEBUG} for an intermediate file kept on request (XML, FO)
 * @param pages the page count of a paginated format, 0 otherwise
 */
public record RenderedFile(Path path, Role role, int pages) {

    public enum Role { BOOK, COLUMN, DEBUG }

    public RenderedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(role, "role");
    }
}
