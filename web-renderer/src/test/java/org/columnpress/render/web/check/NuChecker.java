package org.columnpress.render.web.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker (the validator behind validator.w3.org/nu) in this JVM, through its document API
 * rather than its command-line class (which calls {@code System.exit}). Building the checker reads the HTML
 * schemas from the validator's own jar (no network) and takes seconds (1.5 s warm, 6 s as the JVM's first on a
 * busy 2-core machine): use {@link #shared()}, one for the whole test JVM. Its errors are problems, its warnings
 * notes. Not thread-safe: {@link #check} is synchronized.
 */
public final class NuChecker {

    /** Built on first use, then kept for every test class of the JVM (surefire runs a module's classes in one). */
    private static final class Shared {
        static final NuChecker INSTANCE = new NuChecker();
    }

    /** The schema {@code vnu.jar} checks {@code .html} files against (resolved from the jar's local copy). */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final Collector collector = new Collector();

    /** The JVM's one checker. */
    public static NuChecker shared() {
        return Shared.INSTANCE;
    }

    /** A checker of its own; prefer {@link #shared()}. */
    public NuChecker() {
        quietLog4j();
        // Not its own log4j set-up (DEBUG to the console), no URL logging, language detection on (it warns when a
        // page's lang does not match its text: worth a note).
        validator = new SimpleDocumentValidator(false, false, true);
        try {
            validator.setUpMainSchema(HTML_SCHEMA, collector);
            // noStream = true: buffer each page, so a page is checked whole rather than failing on streamability.
            validator.setUpValidatorAndParsers(collector, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker did not start: " + e.getMessage(), e);
        }
    }

    /** The validator logs through log4j 1; unconfigured, log4j prints a warning about itself: WARN and up only. */
    private static void quietLog4j() {
        Logger root = Logger.getRootLogger();
        if (!root.getAllAppenders().hasMoreElements()) {
            root.setLevel(Level.WARN);
            root.addAppender(new ConsoleAppender(new PatternLayout("%c - %m%n")));
        }
    }

    /** Every {@code .html} file under {@code site}, paths shown relative to it. */
    public CheckReport checkSite(Path site) {
        return check(site, SiteFiles.pages(site));
    }

    /** The given pages, paths shown relative to {@code site}. */
    public synchronized CheckReport check(Path site, List<Path> pages) {
        List<Finding> errors = new ArrayList<>();
        List<Finding> warnings = new ArrayList<>();
        for (Path page : pages) {
            collector.start(SiteFiles.shown(site, page), errors, warnings);
            try (InputStream in = Files.newInputStream(page)) {
                InputSource source = new InputSource(in);
                source.setSystemId(page.toUri().toString());
                validator.checkHtmlInputSource(source);
            } catch (SAXException e) {
                // A fatal error was already reported to the collector; anything else is the checker's own failure.
                if (!(e instanceof SAXParseException)) {
                    errors.add(new Finding(SiteFiles.shown(site, page), 0, "checker failed: " + e.getMessage()));
                }
            } catch (IOException e) {
                errors.add(new Finding(SiteFiles.shown(site, page), 0, "cannot read: " + e.getMessage()));
            }
        }
        return new CheckReport("Nu HTML Checker", pages.size(), errors, warnings);
    }

    /** Turns the validator's SAX reports into findings for the page being checked. */
    private static final class Collector implements ErrorHandler {

        private Path page;
        private List<Finding> errors = List.of();
        private List<Finding> warnings = List.of();

        void start(Path page, List<Finding> errors, List<Finding> warnings) {
            this.page = page;
            this.errors = errors;
            this.warnings = warnings;
        }

        @Override
        public void warning(SAXParseException e) {
            warnings.add(finding(e, "warning"));
        }

        @Override
        public void error(SAXParseException e) {
            errors.add(finding(e, "error"));
        }

        @Override
        public void fatalError(SAXParseException e) {
            errors.add(finding(e, "fatal"));
        }

        private Finding finding(SAXParseException e, String kind) {
            String column = e.getColumnNumber() > 0 ? "col " + e.getColumnNumber() + ": " : "";
            return new Finding(page == null ? Path.of("(schema)") : page, Math.max(e.getLineNumber(), 0),
                    column + kind + ": " + e.getMessage());
        }
    }
}
