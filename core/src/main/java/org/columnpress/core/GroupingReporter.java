package org.columnpress.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Groups warnings by kind, so that a book with 510 links to the author's own site gives one line, not
 * 510: at {@link #flush()}, a kind seen at most {@link #SHOWN} times is printed warning by warning;
 * a more frequent one as its count, kind and first places, followed by its first warning in full (which
 * says what to do). Verbose, it prints every warning as it comes and, at the flush, the count of each
 * frequent kind. Warnings without a kind ({@link #warn(String)}, as renderers of other projects give
 * them) and information pass straight through. Memory stays bounded: a few warnings per kind are kept.
 */
public final class GroupingReporter implements Reporter {

    /** How many warnings of a kind are printed in full, and how many places a summary names. */
    public static final int SHOWN = 3;

    private final Reporter out;
    private final Path base;
    private final boolean verbose;
    private final String moreHint;
    private final Map<String, Group> groups = new LinkedHashMap<>();

    /**
     * @param out      where the lines go
     * @param base     files are shown relative to it where they lie inside it; null shows them as given
     * @param verbose  print every warning
     * @param moreHint how to see every warning, ended a summary with in brackets, such as
     *                 {@code -Dcolumnpress.verbose lists all}
     */
    public GroupingReporter(Reporter out, Path base, boolean verbose, String moreHint) {
        this.out = out;
        this.base = base;
        this.verbose = verbose;
        this.moreHint = moreHint;
    }

    @Override
    public void info(String message) {
        out.info(message);
    }

    @Override
    public void warn(String message) {
        out.warn(message);
    }

    @Override
    public synchronized void warn(Warning warning) {
        Group group = groups.computeIfAbsent(warning.kind(), k -> new Group());
        group.count++;
        if (group.first.size() < SHOWN) {
            group.first.add(warning);
        }
        if (verbose) {
            out.warn(warning.describe(base));
        }
    }

    /** Prints what was kept back since the last flush (see the class comment) and starts afresh. */
    public synchronized void flush() {
        for (Map.Entry<String, Group> entry : groups.entrySet()) {
            Group group = entry.getValue();
            if (group.count <= SHOWN) {
                if (!verbose) {
                    group.first.forEach(w -> out.warn(w.describe(base)));
                }
            } else if (verbose) {
                out.warn(group.count + " " + entry.getKey() + " (listed above)");
            } else {
                String places = group.first.stream().map(w -> w.place(base)).filter(p -> !p.isEmpty())
                        .collect(Collectors.joining(", "));
                out.warn(group.count + " " + entry.getKey() + (places.isEmpty() ? "" : ": " + places + ", …")
                        + (moreHint == null ? "" : " (" + moreHint + ")"));
                out.warn("  the first: " + group.first.get(0).describe(base));
            }
        }
        groups.clear();
    }

    private static final class Group {
        int count;
        final List<Warning> first = new ArrayList<>(SHOWN);
    }
}
