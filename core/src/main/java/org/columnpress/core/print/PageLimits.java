package org.columnpress.core.print;

/**
 * The fewest and most interior pages a printer binds for one trim, paper and binding.
 *
 * @param min the fewest pages, at least 1
 * @param max the most pages, inclusive
 */
public record PageLimits(int min, int max) {

    /**
     * Checks the limits.
     *
     * @param min at least 1
     * @param max at least {@code min}
     * @throws IllegalArgumentException if {@code min} is below 1 or above {@code max}
     */
    public PageLimits {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("page limits " + min + "-" + max);
        }
    }

    /**
     * Whether the printer binds a book of this many pages.
     *
     * @param pages the interior's page count
     * @return whether it lies within the limits, both inclusive
     */
    public boolean allows(int pages) {
        return pages >= min && pages <= max;
    }
}
