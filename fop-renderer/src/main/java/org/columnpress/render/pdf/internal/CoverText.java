package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.columnpress.core.model.Block;

/**
 * What the back of a cover says beside the book's own metadata.
 *
 * @param blurb     the blurb, blocks as in a column's body; may be empty
 * @param blurbFile the file the blurb was read from, named when it is too long for the back; empty when
 *                  there is none
 * @param bio       the author's bio, set after the blurb; may be empty
 * @param price     the price as the user wrote it ({@code USD 19.95}, {@code EUR 19,95}), printed on the back
 *                  and, for a US dollar price, encoded in the barcode's add-on
 */
public record CoverText(List<Block> blurb, Optional<Path> blurbFile, List<Block> bio, Optional<String> price) {

    public CoverText {
        blurb = List.copyOf(blurb);
        Objects.requireNonNull(blurbFile, "blurbFile");
        bio = List.copyOf(bio);
        Objects.requireNonNull(price, "price");
    }

    /** A back with the publisher and the barcode only. */
    public static CoverText empty() {
        return new CoverText(List.of(), Optional.empty(), List.of(), Optional.empty());
    }
}
