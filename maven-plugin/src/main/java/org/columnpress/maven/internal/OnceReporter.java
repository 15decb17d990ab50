package org.columnpress.maven.internal;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * The watch goal's reporter: each line once per session. A rebuild after every save would otherwise print
 * the same warnings (and "reused 99 of 100 column PDFs") again and again, burying the one line that is new.
 * Warnings show their file relative to the project, as the publish goal shows them.
 */
public final class OnceReporter implements Reporter {

    /** Enough for any book's warnings; beyond it the oldest are forgotten, so memory stays bounded. */
    private static final int REMEMBERED = 10_000;

    private final Reporter out;
    private final Path base;
    private final Set<String> seen = Collections.newSetFromMap(new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    });

    public OnceReporter(Reporter out, Path base) {
        this.out = out;
        this.base = base;
    }

    @Override
    public synchronized void info(String message) {
        if (seen.add("i " + message)) {
            out.info(message);
        }
    }

    @Override
    public synchronized void warn(String message) {
        if (seen.add("w " + message)) {
            out.warn(message);
        }
    }

    @Override
    public void warn(Warning warning) {
        warn(warning.describe(base));
    }
}
