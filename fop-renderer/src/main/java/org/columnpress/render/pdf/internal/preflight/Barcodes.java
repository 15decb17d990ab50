package org.columnpress.render.pdf.internal.preflight;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.columnpress.render.pdf.internal.preflight.PreflightRules.Area;

/** Renders one area of a cover page, the way a scanner or the printer's check sees it. */
final class Barcodes {

    /** What ZXing read: the 13 digits, and the 2- or 5-digit add-on when there is one. */
    record Decoded(String digits, Optional<String> addOn) {
    }

    /** Scanners want white space beside the bars; the area given may be drawn tight around them. */
    private static final double QUIET = 0.1 * 72;
    private static final int SAME = 24;

    private Barcodes() {
    }

    /**
     * The EAN-13 in {@code area} (from the trim box's lower left corner), rendered at 300 dpi. The hint
     * ALLOWED_EAN_EXTENSIONS is left out on purpose: with it ZXing finds no barcode that lacks the add-on,
     * and without it ZXing still reports an add-on it sees.
     */
    static Optional<Decoded> decode(PDDocument doc, Area area) throws IOException {
        BufferedImage image = render(doc, area, 300, QUIET);
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels)));
        Map<DecodeHintType, Object> hints = Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.EAN_13),
                DecodeHintType.TRY_HARDER, Boolean.TRUE);
        try {
            Result result = new MultiFormatReader().decode(bitmap, hints);
            Object addOn = result.getResultMetadata() == null ? null
                    : result.getResultMetadata().get(ResultMetadataType.UPC_EAN_EXTENSION);
            return Optional.of(new Decoded(result.getText(), Optional.ofNullable(addOn).map(String::valueOf)));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** Whether {@code area} prints one flat colour (a background is fine; text, bars or a picture are not). */
    static boolean empty(PDDocument doc, Area area) throws IOException {
        BufferedImage image = render(doc, area, 100, 0);
        int first = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    if (Math.abs(((p >> shift) & 0xff) - ((first >> shift) & 0xff)) > SAME) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /** Only the area (plus {@code margin}) is rasterised: a whole cover at 300 dpi would be ~40 MB. */
    private static BufferedImage render(PDDocument doc, Area area, int dpi, double margin) throws IOException {
        PDPage page = doc.getPage(0);
        PDRectangle crop = page.getCropBox();
        PDRectangle trim = page.getTrimBox();
        float scale = dpi / 72f;
        double left = trim.getLowerLeftX() + area.x() - margin - crop.getLowerLeftX();
        double top = crop.getUpperRightY() - (trim.getLowerLeftY() + area.y() + area.height() + margin);
        int w = Math.max(1, (int) Math.round((area.width() + 2 * margin) * scale));
        int h = Math.max(1, (int) Math.round((area.height() + 2 * margin) * scale));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setBackground(Color.WHITE);
            g.clearRect(0, 0, w, h);
            g.translate(-left * scale, -top * scale);
            new PDFRenderer(doc).renderPageToGraphics(0, g, scale);
        } finally {
            g.dispose();
        }
        return image;
    }
}
