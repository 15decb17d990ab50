package org.columnpress.render.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs W3C epubcheck and keeps every error and warning as one readable line. Shared with the Maven
 * plugin's end-to-end tests through this module's test jar.
 */
public final class EpubChecker {

    private EpubChecker() {
    }

    /** The fatal errors, errors and warnings epubcheck reports for the file; empty when it is clean. */
    public static List<String> problems(Path epub) {
        Collecting report = new Collecting();
        new EpubCheck(epub.toFile(), report).doValidate();
        return report.problems;
    }

    private static final class Collecting extends MasterReport {
        final List<String> problems = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            if (severity == Severity.FATAL || severity == Severity.ERROR || severity == Severity.WARNING) {
                problems.add(severity + " " + message.getID() + " " + location.getPath() + ":"
                        + location.getLine() + ": " + message.getMessage(args));
            }
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
        }
    }
}
