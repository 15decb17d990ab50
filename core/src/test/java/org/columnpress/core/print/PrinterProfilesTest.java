package org.columnpress.core.print;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Figures of the profiles that other code relies on, each as the printer publishes it. */
class PrinterProfilesTest {

    @Test
    void kdpBleedsOnTopBottomAndOutsideOnly() {
        Edges bleed = Printers.named("kdp").orElseThrow().interiorBleed();
        assertThat(bleed.outside().inches()).isEqualTo(0.125);
        assertThat(bleed.top().inches()).isEqualTo(0.125);
        assertThat(bleed.inside()).isEqualTo(Length.ZERO);
    }

    @Test
    void kdpGutterGrowsWithThePageCount() {
        PrinterProfile kdp = Printers.named("kdp").orElseThrow();
        assertThat(kdp.gutter(150).inches()).isEqualTo(0.375);
        assertThat(kdp.gutter(151).inches()).isEqualTo(0.5);
        assertThat(kdp.gutter(828).inches()).isEqualTo(0.875);
    }

    @Test
    void offsetIsPdfxWithCropMarksAndThreeMillimetresOfBleed() {
        PrinterProfile offset = Printers.named("offset").orElseThrow();
        assertThat(offset.pdf()).isEqualTo(PdfStandard.PDF_X_4);
        assertThat(offset.cropMarks()).isTrue();
        assertThat(offset.interiorBleed().inside().mm()).isCloseTo(3, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void everyPrinterHasAUniqueName() {
        assertThat(Printers.all()).extracting(PrinterProfile::name).doesNotHaveDuplicates()
                .containsExactly("kdp", "ingramspark", "lulu", "offset");
    }

    @Test
    void trimsParseInInchesAndMillimetres() {
        assertThat(Trim.parse("6 x 9 in").orElseThrow().sameSize(Trim.inches(6, 9))).isTrue();
        assertThat(Trim.parse("148x210mm").orElseThrow().sameSize(Trim.parse("A5").orElseThrow())).isTrue();
        assertThat(Trim.parse("6x9")).isEmpty();
        assertThat(Length.inches(6.125).fo()).isEqualTo("441pt");
    }
}
