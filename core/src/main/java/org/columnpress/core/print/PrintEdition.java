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
 * @param printer     the printer's rules
 * @param trim        one the printer offers
 * @param paper       one the printer has
 * @param binding     one the printer offers
 * @param blurb       the back cover's text, read from {@code back} (empty when there is none)
 * @param price       as the user wrote it, printed on the back
 * @param source      where the section is, for messages about it (book.yaml and the line of {@code print:})
 * @param blurbSource where the blurb was named ({@code back:}'s line), or the blurb file when an
 *                    override named it
 */
public record PrintEdition(
        PrinterProfile printer, Trim trim, Paper paper, Binding binding, List<Block> blurb,
        Optional<String> price, Location source, Location blurbSource) {

    /**
     * A place in a file, for messages.
     *
     * @param file the file
     * @param line 1-based; 0 when not known
     */
    public record Location(Path file, int line) {
        /**
         * Checks that there is a file.
         *
         * @param file the file
         * @param line 1-based; 0 when not known
         * @throws NullPointerException if the file is null
         */
        public Location {
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Checks that no component is null and copies the blurb.
     *
     * @param printer     the printer's rules
     * @param trim        the trim size
     * @param paper       the paper
     * @param binding     the binding
     * @param blurb       the back cover's text; may be empty
     * @param price       empty for none
     * @param source      where the section is
     * @param blurbSource where the blurb was named
     * @throws NullPointerException if a component is null
     */
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

    /**
     * The add-on printed beside the EAN-13, when the printer wants one and we print the barcode.
     *
     * @return five digits ({@link PriceAddOn}); empty when no add-on is printed
     */
    public Optional<String> priceAddOn() {
        Barcode barcode = printer.barcode();
        return barcode.ours() && barcode.addOn() ? Optional.of(PriceAddOn.of(price)) : Optional.empty();
    }

    /**
     * For the log and the report: {@code Amazon KDP, 6x9in paperback, cream paper}.
     *
     * @return one line
     */
    public String describe() {
        return printer.displayName() + ", " + trim.name() + " " + binding.key() + ", " + paper.key() + " paper";
    }

    /**
     * The cover for an interior of {@code pages} pages.
     *
     * @param pages the interior's page count
     * @return the full-wrap cover's measurements
     */
    public CoverGeometry cover(int pages) {
        return CoverGeometry.of(this, pages);
    }
}
