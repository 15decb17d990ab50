package org.columnpress.core.read;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.columnpress.core.publish.Reporter;

/** A reporter that keeps what it is told, for tests to look at. */
final class RecordingReporter implements Reporter {

    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> warnings = new CopyOnWriteArrayList<>();

    @Override
    public void info(String message) {
        infos.add(message);
    }

    @Override
    public void warn(String message) {
        warnings.add(message);
    }
}
