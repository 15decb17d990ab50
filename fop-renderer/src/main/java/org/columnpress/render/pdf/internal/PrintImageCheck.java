package org.columnpress.render.pdf.internal;

import java.awt.Dimension;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.print.PrinterProfile;
import org.columnpress.core.render.ImageFormat;
import org.columnpress.core.render.ImagePixels;

/**
 * Warns about each raster image that prints under 300 pixels per inch in the print PDF, naming the column
 * and the image file. Measured where the printer measures it, in the PDF: each image drawn, its pixels over
 * the size it is drawn at. The drawings are matched to the book's images in reading order by their size in
 * pixels (the prepared copy FOP read), so an image used twice at two sizes is judged at each.
 */
final class PrintImageCheck {

    /** What printers ask of every image at its printed size (KDP, IngramSpark, Lulu). */
    static final int MIN_PPI = PrinterProfile.MIN_IMAGE_PPI;

    /** One image of the book, where it is used, with the size in pixels FOP embedded. */
    private record Use(Column column, Path image, Dimension pixels) {
    }

    private final List<Use> uses;

    private PrintImageCheck(List<Use> uses) {
        this.uses = List.copyOf(uses);
    }

    /**
     * The book's images with the pixels of the copies FOP embeds: read while the copies exist, so that the
     * check itself may run later (beside other work), from the PDF alone.
     */
    static PrintImageCheck of(Book book, UnaryOperator<Path> imageFiles) {
        List<Use> uses = new ArrayList<>();
        for (Column column : book.columns()) {
            for (Block.Image image : column.images()) {
                Path file = imageFiles.apply(image.file());
                if (ImageFormat.sniff(file) != ImageFormat.SVG) {
                    ImagePixels.of(file).ifPresent(size -> uses.add(new Use(column, image.file(), size)));
                }
            }
        }
        return new PrintImageCheck(uses);
    }

    /** Warns about each of the book's images that {@code pdf} prints under {@value #MIN_PPI} ppi. */
    void check(Path pdf, Book book, String printer, Reporter reporter) {
        if (uses.isEmpty()) {
            return;
        }
        Map<Use, Double> lowest = new LinkedHashMap<>();
        int next = 0;
        for (double[] drawn : drawings(pdf)) {
            int at = find(uses, next, (int) drawn[0], (int) drawn[1]);
            if (at < 0) {
                at = find(uses, 0, (int) drawn[0], (int) drawn[1]);
            }
            if (at < 0) {
                continue; // not one of the book's images (a user stylesheet's own)
            }
            next = at + 1;
            lowest.merge(uses.get(at), drawn[2], Math::min);
        }
        lowest.forEach((use, ppi) -> {
            if (ppi < MIN_PPI - 0.5) {
                reporter.warn(new Warning("images under " + MIN_PPI + " ppi in the print PDF", use.column().file(), 0,
                        "the image " + shown(book, use.image()) + " prints at " + Math.round(ppi) + " ppi in the"
                        + " print PDF for " + printer + ", where printers want " + MIN_PPI + ": a larger image, or"
                        + " one printed smaller, prints sharper."));
            }
        });
    }

    private static int find(List<Use> uses, int from, int width, int height) {
        for (int i = from; i < uses.size(); i++) {
            Dimension d = uses.get(i).pixels();
            if (d.width == width && d.height == height) {
                return i;
            }
        }
        return -1;
    }

    /** Every image drawn, in page order: width and height in pixels, and pixels per inch as drawn. */
    private static List<double[]> drawings(Path pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Drawings engine = new Drawings();
            for (PDPage page : doc.getPages()) {
                // FOP gives every page the same resources, so only the content tells whether a page draws
                // an image; the bytes are read far faster than the operators are interpreted.
                if (drawsSomething(page)) {
                    engine.processPage(page);
                }
            }
            return engine.found;
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + pdf + " to check its images: " + e.getMessage(), e);
        }
    }

    private static boolean drawsSomething(PDPage page) throws IOException {
        try (java.io.InputStream in = page.getContents()) {
            byte[] content = in.readAllBytes();
            for (int i = 1; i + 1 < content.length; i++) {
                if (content[i] == 'D' && content[i + 1] == 'o' && isSpace(content[i - 1])
                        && (i + 2 == content.length || isSpace(content[i + 2]))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\n' || b == '\r' || b == '\t';
    }

    /** An image as messages name it: relative to the book folder, with forward slashes. */
    private static String shown(Book book, Path image) {
        Path relative = image.startsWith(book.directory()) ? book.directory().relativize(image) : image;
        return relative.toString().replace('\\', '/');
    }

    private static final class Drawings extends PDFStreamEngine {

        final List<double[]> found = new ArrayList<>();

        Drawings() {
            addOperator(new Concatenate(this));
            addOperator(new DrawObject(this));
            addOperator(new SetGraphicsStateParameters(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (OperatorName.DRAW_OBJECT.equals(operator.getName())) {
                PDXObject xobject = getResources().getXObject((COSName) operands.get(0));
                if (xobject instanceof PDImageXObject image) {
                    // The image fills the unit square of its CTM; its box is in points.
                    Rectangle2D box = getGraphicsState().getCurrentTransformationMatrix().createAffineTransform()
                            .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
                    double ppi = Math.min(image.getWidth() / (box.getWidth() / 72),
                            image.getHeight() / (box.getHeight() / 72));
                    found.add(new double[] {image.getWidth(), image.getHeight(), ppi});
                    return;
                }
                if (xobject instanceof PDFormXObject form) {
                    showForm(form);
                    return;
                }
            }
            super.processOperator(operator, operands);
        }
    }
}
