package org.columnpress.core.print;

import java.util.Objects;

/**
 * A length on each edge of a book page. {@code outside} is the fore-edge (right on a recto, left on a
 * verso) and {@code inside} the spine side, so one value serves both pages of a spread.
 */
public record Edges(Length top, Length bottom, Length outside, Length inside) {

    public Edges {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(inside, "inside");
    }

    public static Edges all(Length each) {
        return new Edges(each, each, each, each);
    }

    /** Top, bottom and outside, none at the spine: how KDP wants interior bleed. */
    public static Edges exceptInside(Length each) {
        return new Edges(each, each, each, Length.ZERO);
    }
}
