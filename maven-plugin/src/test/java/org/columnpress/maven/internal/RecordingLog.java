package org.columnpress.maven.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's console log, keeping what it printed at info and error level for tests to look at. */
final class RecordingLog extends SystemStreamLog {

    final List<String> infos = new CopyOnWriteArrayList<>();
    final List<String> errors = new CopyOnWriteArrayList<>();

    @Override
    public void info(CharSequence content) {
        infos.add(content.toString());
        super.info(content);
    }

    @Override
    public void error(CharSequence content) {
        errors.add(content.toString());
        super.error(content);
    }

    @Override
    public void error(CharSequence content, Throwable error) {
        errors.add(content.toString());
        super.error(content, error);
    }
}
