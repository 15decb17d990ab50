package org.columnpress.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A reporter that keeps what it is told, for tests to look at. Shared with the other modules' tests
 * through core's test jar. Every warning's text goes to {@link #warnings}, as it always did; those with
 * a kind go to {@link #structured} too.
 */
public final class RecordingReporter implements Reporter {

    public final List<String> infos = new CopyOnWriteArrayList<>();
    public final List<String> warnings = new CopyOnWriteArrayList<>();
    public final List<Warning> structured = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }

    @Override
    public void warn(Warning warning) {
        structured.add(warning);
        warnings.add(warning.toString());
    }
}
