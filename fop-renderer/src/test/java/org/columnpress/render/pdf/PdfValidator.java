package org.columnpress.render.pdf;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF on a PDF; shared with the Maven plugin's tests through this module's test jar. */
public final class PdfValidator {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfValidator() {
    }

    /**
     * The rules the PDF breaks, one line each ("6.2.11.4.1-1: ...").
     *
     * @param flavour veraPDF's name for it: {@code 2b} for PDF/A-2b, {@code ua1} for PDF/UA-1
     */
    public static List<String> failures(Path pdf, String flavour) throws Exception {
        PDFAFlavour chosen = PDFAFlavour.fromString(flavour);
        try (InputStream in = Files.newInputStream(pdf);
                PDFAParser parser = Foundries.defaultInstance().createParser(in, chosen)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(chosen, false);
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().toList();
        }
    }
}
