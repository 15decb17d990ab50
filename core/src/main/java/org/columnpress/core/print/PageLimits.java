package org.columnpress.core.print;

/** The fewest and most interior pages a printer binds for one trim, paper and binding. */
public record PageLimits(int min, int max) {

    public PageLimits {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("page limits " + min + "-" + max);
        }
    }

    public boolean allows(int pages) {
        return pages >= min && pages <= max;
    }
}
