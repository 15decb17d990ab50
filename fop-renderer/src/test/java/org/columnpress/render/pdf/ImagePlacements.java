package org.columnpress.render.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.pdfbox.util.Matrix;

/** Where a PDF's pages draw their images: each draw's box in millimetres from the page's top left. */
final class ImagePlacements extends PDFStreamEngine {

    /**
     * One image drawn on a page.
     *
     * @param page   0-based page index
     * @param box    millimetres, x from the left edge, y from the top edge of the media box
     * @param pixels the image's width and height in pixels
     */
    record Placement(int page, Rectangle2D box, int pixelWidth, int pixelHeight) {
    }

    private static final double MM = 25.4 / 72;

    private final List<Placement> placements = new ArrayList<>();
    private int page;
    private float pageHeight;

    private ImagePlacements() {
        addOperator(new Concatenate(this));
        addOperator(new DrawObject(this));
        addOperator(new SetGraphicsStateParameters(this));
        addOperator(new Save(this));
        addOperator(new Restore(this));
        addOperator(new SetMatrix(this));
    }

    static List<Placement> of(PDDocument doc) throws IOException {
        ImagePlacements engine = new ImagePlacements();
        for (int i = 0; i < doc.getNumberOfPages(); i++) {
            PDPage page = doc.getPage(i);
            engine.page = i;
            engine.pageHeight = page.getMediaBox().getHeight();
            engine.processPage(page);
        }
        return List.copyOf(engine.placements);
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (OperatorName.DRAW_OBJECT.equals(operator.getName())) {
            PDXObject xobject = getResources().getXObject((COSName) operands.get(0));
            if (xobject instanceof PDImageXObject image) {
                Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                // The image fills the unit square of its CTM.
                Rectangle2D box = ctm.createAffineTransform()
                        .createTransformedShape(new Rectangle2D.Double(0, 0, 1, 1)).getBounds2D();
                placements.add(new Placement(page, new Rectangle2D.Double(box.getX() * MM,
                        (pageHeight - box.getMaxY()) * MM, box.getWidth() * MM, box.getHeight() * MM),
                        image.getWidth(), image.getHeight()));
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
