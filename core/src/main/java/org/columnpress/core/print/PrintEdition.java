package org.columnpress.core.print;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.columnpress.core.model.Block;

/**
 * The print edition a book asks for in {@code book.yaml}'s {@code print:} section (or the build's
 * overrides), checked against the printer's profile: the trim is one it offers, the paper one it has.
 *
 * @param blurb       the back cover's text, read from {@code back} (empty when there is none)
 * @param price       as the user wrote it, printed on the back
 * @param source      where the section is, for messages about it (book.yaml and the line of {@code print:})
 * @param blurbSource where the blurb was named ({@code back:}'s line), or the blurb file when an
 *                    override named it
 */
public record PrintEdition(
        PrinterProfile printer, Trim trim, Paper paper, Binding binding, List<Block> blurb,
        Optional<String> price, Location source, Location blurbSource) {

    /** A place in a file, for messages. */
    public record Location(Path file, int line) {
        public Location {
            Objects.requireNonNull(file, "file");
        }
    }

    public PrintEdition {
        Objects.requireNonNull(printer, "printer");
        Objects.requireNonNull(trim, "trim");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(binding, "binding");
        blurb = List.copyOf(blurb);
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(blurbSource, "blurbSource");
    }

    /** The add-on printed beside the EAN-13, when the printer wants one and we print the barcode. */
    public Optional<String> priceAddOn() {
        Barcode barcode = printer.barcode();
        return barcode.ours() && barcode.addOn() ? Optional.of(PriceAddOn.of(price)) : Optional.empty();
    }

    /** For the log and the report: {@code Amazon KDP, 6x9in paperback, cream paper}. */
    public String describe() {
        return printer.displayName() + ", " + trim.name() + " " + binding.key() + ", " + paper.key() + " paper";
    }

    /** The cover for an interior of {@code pages} pages. */
    public CoverGeometry cover(int pages) {
        return CoverGeometry.of(this, pages);
    }
}
