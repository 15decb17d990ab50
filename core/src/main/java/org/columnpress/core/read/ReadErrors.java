package org.columnpress.core.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.columnpress.core.InputException;

/**
 * The errors found while reading, kept so that the writer hears of all of them at once: every column's,
 * or every one in {@code book.yaml} and its column list. Keeps the first {@link #LIMIT} by file and line
 * (a 5,000-column book full of mistakes must not fill the memory with them) and counts the rest.
 */
final class ReadErrors {

    static final int LIMIT = 100;

    private final int limit;
    private final boolean columns;
    private final List<InputException.Problem> kept = new ArrayList<>();
    private final Set<Path> files = new HashSet<>();
    private int found;
    private InputException first;

    private ReadErrors(int limit, boolean columns) {
        this.limit = limit;
        this.columns = columns;
    }

    /** The columns' errors: "3 columns have errors:". */
    static ReadErrors columns() {
        return new ReadErrors(LIMIT, true);
    }

    /** The errors of one file or a few ({@code book.yaml} and its column list): "4 errors in book.yaml:". */
    static ReadErrors files() {
        return new ReadErrors(LIMIT, false);
    }

    void add(InputException e) {
        if (first == null) {
            first = e;
        }
        for (InputException.Problem problem : e.problems()) {
            keep(problem);
        }
        found += e.omitted();
    }

    /**
     * The step's value, or {@code fallback} when it fails with a mistake in the input, which is kept: the
     * reading goes on to find the next one. The fallback only has to let it go on; no book is made after an
     * error.
     */
    <T> T attempt(Supplier<T> step, T fallback) {
        try {
            return step.get();
        } catch (InputException e) {
            add(e);
            return fallback;
        }
    }

    /** Runs a check; a mistake it finds is kept. */
    void attempt(Runnable check) {
        attempt(() -> {
            check.run();
            return null;
        }, null);
    }

    private void keep(InputException.Problem problem) {
        found++;
        files.add(problem.file());
        int at = Collections.binarySearch(kept, problem, InputException.Problem.ORDER);
        int index = at < 0 ? -at - 1 : at;
        if (index < limit) {
            kept.add(index, problem);
            if (kept.size() > limit) {
                kept.remove(kept.size() - 1);
            }
        }
    }

    /** How many mistakes were found so far. */
    int count() {
        return found;
    }

    boolean isEmpty() {
        return found == 0;
    }

    /** Throws the one error as it was, or all of them in one exception, sorted by file and line. */
    void throwIfAny() {
        if (found == 0) {
            return;
        }
        if (found == 1) {
            throw first;
        }
        throw new InputException(summary(), kept, found - kept.size(), first);
    }

    private String summary() {
        int count = files.size();
        if (columns) {
            return found == count ? count + " columns have errors:"
                    : found + " errors in " + (count == 1 ? "1 column:" : count + " columns:");
        }
        Path only = files.iterator().next();
        return found + " errors in " + (count == 1 && only != null ? only.getFileName() + ":" : count + " files:");
    }
}
