package org.columnpress.core.print;

import java.util.Objects;

/**
 * A length on each edge of a book page. {@code outside} is the fore-edge (right on a recto, left on a
 * verso) and {@code inside} the spine side, so one value serves both pages of a spread.
 *
 * @param top     at the head
 * @param bottom  at the foot
 * @param outside at the fore-edge
 * @param inside  at the spine
 */
public record Edges(Length top, Length bottom, Length outside, Length inside) {

    /**
     * Checks that no length is null.
     *
     * @param top     at the head
     * @param bottom  at the foot
     * @param outside at the fore-edge
     * @param inside  at the spine
     * @throws NullPointerException if a length is null
     */
    public Edges {
        Objects.requireNonNull(top, "top");
        Objects.requireNonNull(bottom, "bottom");
        Objects.requireNonNull(outside, "outside");
        Objects.requireNonNull(inside, "inside");
    }

    /**
     * The same length on every edge.
     *
     * @param each the length
     * @return the edges
     */
    public static Edges all(Length each) {
        return new Edges(each, each, each, each);
    }

    /**
     * Top, bottom and outside, none at the spine: how KDP wants interior bleed.
     *
     * @param each the length on the three edges
     * @return the edges, zero inside
     */
    public static Edges exceptInside(Length each) {
        return new Edges(each, each, each, Length.ZERO);
    }
}
