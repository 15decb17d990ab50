package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.xml.sax.helpers.DefaultHandler;

/** A stylesheet's sRGB colours in each of the print interior's inks; other colour forms pass unchanged. */
class PrintColoursTest {

    private static String inked(PrintLayout.Ink ink, String value) {
        return new PrintColours(new DefaultHandler(), ink).inked(value);
    }

    @Test
    void blackInkInPdfAPrintsEveryColourAsTheGrayOfItsLuminance() {
        assertThat(inked(PrintLayout.Ink.GRAY, "#2f5d62")).isEqualTo("#505050");
        assertThat(inked(PrintLayout.Ink.GRAY, "rgb(255, 0, 0)")).isEqualTo("#4c4c4c");
        assertThat(inked(PrintLayout.Ink.GRAY, "teal")).isEqualTo("#5a5a5a");
        assertThat(inked(PrintLayout.Ink.GRAY, "0.6pt solid #000")).isEqualTo("0.6pt solid #000000");
    }

    @Test
    void blackInkInPdfXPrintsItAsBlackInkAlone() {
        assertThat(inked(PrintLayout.Ink.CMYK, "#2f5d62")).isEqualTo("cmyk(0,0,0,0.687)");
        assertThat(inked(PrintLayout.Ink.CMYK, "#000000")).isEqualTo("cmyk(0,0,0,1)");
        assertThat(inked(PrintLayout.Ink.CMYK, "white")).isEqualTo("cmyk(0,0,0,0)");
    }

    @Test
    void colourInkInPdfXIsCmykWithGraysInBlackAlone() {
        assertThat(inked(PrintLayout.Ink.CMYK_COLOUR, "#ff0000")).isEqualTo("cmyk(0,1,1,0)");
        assertThat(inked(PrintLayout.Ink.CMYK_COLOUR, "#808080")).isEqualTo("cmyk(0,0,0,0.498)");
        assertThat(inked(PrintLayout.Ink.CMYK_COLOUR, "rgb(50%, 100%, 0%)")).isEqualTo("cmyk(0.502,0,1,0)"); // channels are 8-bit, as sRGB is
    }

    @Test
    void whatIsNoSrgbColourOrAColourInkForPdfAPassesUnchanged() {
        for (String value : new String[] {"cmyk(0,0,0,1)", "inherit", "transparent", "1pt solid", "fop-rgb-icc(1,0,0,#CMYK,0,1,1,0)"}) {
            assertThat(inked(PrintLayout.Ink.GRAY, value)).as(value).isEqualTo(value);
        }
        assertThat(inked(PrintLayout.Ink.RGB_COLOUR, "#2f5d62")).isEqualTo("#2f5d62");
    }
}
