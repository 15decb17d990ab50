package org.columnpress.maven.internal;

import org.apache.maven.plugin.logging.Log;
import org.columnpress.core.Reporter;

/** Columnpress's reporter on Maven's log. Renderers report from several threads: lines stay whole. */
public final class MavenLogReporter implements Reporter {

    private final Log log;

    public MavenLogReporter(Log log) {
        this.log = log;
    }

    @Override
    public synchronized void info(String message) {
        log.info(message);
    }

    @Override
    public synchronized void warn(String message) {
        log.warn(message);
    }
}
