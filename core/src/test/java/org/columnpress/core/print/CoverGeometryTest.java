package org.columnpress.core.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The full-wrap cover's size against the printers' own cover calculators, for a 6x9in paperback. The
 * widths are what KDP's and Lulu's calculators print for these page counts (KDP: 2 x 6 + pages x paper
 * + 0.25 in; Lulu: 2 x 6 + pages / 444 + 0.06 + 0.25 in), to the 1/100 in they show.
 */
class CoverGeometryTest {

    @ParameterizedTest(name = "{0} {2}, {1} pages: {3} x {4} in")
    @CsvSource({
            "kdp, 120, white, 12.52, 9.25",
            "kdp, 250, white, 12.81, 9.25",
            "kdp, 400, white, 13.15, 9.25",
            "kdp, 120, cream, 12.55, 9.25",
            "kdp, 250, cream, 12.875, 9.25",
            "kdp, 400, cream, 13.25, 9.25",
            "lulu, 120, white, 12.58, 9.25",
            "lulu, 250, white, 12.87, 9.25",
            "lulu, 400, white, 13.21, 9.25"})
    void coverIsAsWideAsThePrintersCalculatorSays(String printer, int pages, String paper, double width,
            double height) {
        CoverGeometry cover = edition(printer, paper).cover(pages);
        assertThat(cover.width().inches()).isCloseTo(width, within(0.005));
        assertThat(cover.height().inches()).isCloseTo(height, within(0.005));
        assertThat(cover.spineLeft().inches()).isCloseTo(6.125, within(0.0001));
    }

    @ParameterizedTest(name = "{0}: spine text from {1} pages")
    @CsvSource({"kdp, 79", "lulu, 81", "ingramspark, 48", "offset, 100"})
    void spineTextOnlyFromThePrintersPageCount(String printer, int from) {
        PrintEdition edition = edition(printer, "white");
        assertThat(edition.cover(from).spineText()).isTrue();
        assertThat(edition.cover(from - 1).spineText()).isFalse();
    }

    @ParameterizedTest(name = "{0} for {1}")
    @CsvSource({"51995, USD 19.95", "51995, $19.95", "90000, EUR 19,95", "62495, CAD 24.95", "00999, GBP 9.99",
            "59999, USD 129.00", "50999, $9.99", "52400, 24 USD"})
    void priceAddOnFollowsTheBookTradesCurrencyDigits(String addOn, String price) {
        assertThat(PriceAddOn.of(Optional.of(price))).isEqualTo(addOn);
    }

    private static PrintEdition edition(String printer, String paper) {
        PrintEdition.Location here = new PrintEdition.Location(Path.of("book.yaml"), 1);
        return new PrintEdition(Printers.named(printer).orElseThrow(), Trim.parse("6x9in").orElseThrow(),
                Paper.named(paper).orElseThrow(), Binding.PAPERBACK, List.of(), Optional.empty(), here, here);
    }
}
