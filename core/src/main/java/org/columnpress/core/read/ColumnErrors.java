package org.columnpress.core.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.columnpress.core.InputException;

/**
 * The errors found while reading the columns, kept so that the writer hears of all of them at once. Keeps
 * the first {@link #LIMIT} by file and line (a 5,000-column book full of mistakes must not fill the
 * memory with them) and counts the rest.
 */
final class ColumnErrors {

    static final int LIMIT = 100;

    private final int limit;
    private final List<InputException.Problem> kept = new ArrayList<>();
    private final Set<Path> files = new HashSet<>();
    private int found;
    private InputException first;

    ColumnErrors() {
        this(LIMIT);
    }

    ColumnErrors(int limit) {
        this.limit = limit;
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
        int columns = files.size();
        String summary = (found == columns ? columns + " columns have errors:"
                : found + " errors in " + (columns == 1 ? "1 column:" : columns + " columns:"));
        throw new InputException(summary, kept, found - kept.size(), first);
    }
}
