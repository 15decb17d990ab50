package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * Reads the content stream of a page as FOP writes it, faster than PDFBox's general engine
 * ({@link PageScan}) and to the same {@link PageFacts}: a print interior of two thousand pages was five
 * seconds of the preflight with PDFBox's parser (a COS object per token, a copy of the graphics state
 * with its clipping area per {@code q}) and is a fraction of a second here.
 *
 * <p>It knows the operators FOP writes: the graphics state, text in Identity-H fonts, colours, images,
 * marked content and paths (which no check measures). Anything else, an inline image, a form, a font of
 * another kind, text outside a text object, a token it does not expect, and it gives the page back
 * unread: PDFBox's engine reads it then. The two are compared page by page in the tests. The tokens come
 * from {@link ContentTokens}; this class follows the operators.
 */
final class QuickScan {

    private static final COSName IDENTITY_H = COSName.getPDFName("Identity-H");

    /** The graphics state this scan follows; the text matrices are not part of it (PDF 32000-1, 9.4.2). */
    private static final class State {
        Matrix ctm = new Matrix();
        PDType0Font font;
        float fontSize;
        float charSpacing;
        float scaling = 100;
        float leading;
        float rise;
        int renderingMode;
        boolean fillRgb;
        boolean strokeRgb;

        State copy() {
            State copy = new State();
            copy.ctm = ctm.clone();
            copy.font = font;
            copy.fontSize = fontSize;
            copy.charSpacing = charSpacing;
            copy.scaling = scaling;
            copy.leading = leading;
            copy.rise = rise;
            copy.renderingMode = renderingMode;
            copy.fillRgb = fillRgb;
            copy.strokeRgb = strokeRgb;
            return copy;
        }
    }

    private static final int MAX_OPERANDS = 32;

    private final byte[] content;
    private final PDResources resources;
    private final Map<COSBase, PDFont> fonts;
    private final PageFacts facts = new PageFacts(false);
    private final Map<String, PDType0Font> fontsByName = new HashMap<>();
    private final Map<String, Boolean> rgbSpaces = new HashMap<>();
    private final float[] numbers = new float[MAX_OPERANDS];
    private final Object[] others = new Object[MAX_OPERANDS];
    private int operands;
    private State state = new State();
    private final Deque<State> saved = new ArrayDeque<>();
    /** The text matrix and text line matrix; null outside a text object. */
    private Matrix tm;
    private Matrix tlm;

    private QuickScan(byte[] content, PDResources resources, Map<COSBase, PDFont> fonts) {
        this.content = content;
        this.resources = resources;
        this.fonts = fonts;
    }

    /**
     * The page's facts; empty when its content has something this scan does not read. Every font that
     * draws text is added to {@code fonts}, as {@link PageScan} adds them.
     */
    static Optional<PageFacts> of(PDPage page, Map<COSBase, PDFont> fonts) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return Optional.empty();
        }
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        Map<COSBase, PDFont> found = new HashMap<>();
        QuickScan scan = new QuickScan(content, resources, found);
        try {
            scan.run();
        } catch (GiveUp unread) {
            return Optional.empty();
        }
        found.forEach(fonts::putIfAbsent);
        return Optional.of(scan.facts);
    }

    /** Whether a font is one whose text {@link PageFacts#identityText} measures. */
    static boolean isIdentityH(PDType0Font font) {
        return IDENTITY_H.equals(font.getCOSObject().getDictionaryObject(COSName.ENCODING));
    }

    private void run() throws IOException {
        ContentTokens tokens = new ContentTokens(content);
        while (true) {
            switch (tokens.next()) {
                case END -> {
                    return;
                }
                case NUMBER -> pushNumber(tokens.number());
                case OPERAND -> push(tokens.operand());
                case OPERATOR -> {
                    operator(tokens.operator());
                    operands = 0;
                }
            }
        }
    }

    // ---- operators

    /** @param key the operator's one to three characters, one per byte ({@code 'c' << 8 | 'm'}) */
    private void operator(int key) throws IOException {
        switch (key) {
            case 'q' -> {
                inTextGivesUp();
                saved.push(state.copy());
            }
            case 'Q' -> {
                inTextGivesUp();
                if (saved.isEmpty()) {
                    throw GiveUp.PAGE;
                }
                state = saved.pop();
            }
            case 'c' << 8 | 'm' -> {
                expect(6);
                state.ctm.concatenate(matrix());
            }
            case 'B' << 8 | 'T' -> {
                tm = new Matrix();
                tlm = new Matrix();
            }
            case 'E' << 8 | 'T' -> {
                tm = null;
                tlm = null;
            }
            case 'T' << 8 | 'f' -> {
                expect(2);
                state.font = font(name(0));
                state.fontSize = number(1);
            }
            case 'T' << 8 | 'c' -> state.charSpacing = one();
            case 'T' << 8 | 'w' -> one(); // word spacing: never applies to two-byte codes
            case 'T' << 8 | 'z' -> state.scaling = one();
            case 'T' << 8 | 'L' -> state.leading = one();
            case 'T' << 8 | 's' -> state.rise = one();
            case 'T' << 8 | 'r' -> state.renderingMode = (int) one();
            case 'T' << 8 | 'd' -> {
                expect(2);
                moveText(number(0), number(1));
            }
            case 'T' << 8 | 'D' -> {
                expect(2);
                state.leading = -number(1);
                moveText(number(0), number(1));
            }
            case 'T' << 8 | 'm' -> {
                expect(6);
                textObject();
                tm = matrix();
                tlm = tm.clone();
            }
            case 'T' << 8 | '*' -> {
                expect(0);
                moveText(0, -state.leading);
            }
            case 'T' << 8 | 'j' -> {
                expect(1);
                show(string(0));
            }
            case 'T' << 8 | 'J' -> {
                expect(1);
                showAdjusted(array(0));
            }
            case '\'' -> {
                expect(1);
                moveText(0, -state.leading);
                show(string(0));
            }
            case '"' -> {
                expect(3);
                number(0);
                state.charSpacing = number(1);
                moveText(0, -state.leading);
                show(string(2));
            }
            case 'g' -> state.fillRgb = false;
            case 'G' -> state.strokeRgb = false;
            case 'k' -> state.fillRgb = false;
            case 'K' -> state.strokeRgb = false;
            case 'r' << 8 | 'g' -> {
                expect(3);
                state.fillRgb = true;
            }
            case 'R' << 8 | 'G' -> {
                expect(3);
                state.strokeRgb = true;
            }
            case 'c' << 8 | 's' -> {
                expect(1);
                state.fillRgb = rgbSpace(name(0));
            }
            case 'C' << 8 | 'S' -> {
                expect(1);
                state.strokeRgb = rgbSpace(name(0));
            }
            case 's' << 8 | 'c', 's' << 16 | 'c' << 8 | 'n', 'S' << 8 | 'C', 'S' << 16 | 'C' << 8 | 'N' -> {
                // a colour in the current space: the space is what the check looks at
            }
            case 'D' << 8 | 'o' -> {
                expect(1);
                drawObject(name(0));
            }
            case 'g' << 8 | 's' -> {
                expect(1);
                extendedState(name(0));
            }
            // marked content, paths, clipping, line styles, rendering intent, flatness, shadings, compatibility:
            // nothing the checks measure
            case 'B' << 16 | 'D' << 8 | 'C', 'B' << 16 | 'M' << 8 | 'C', 'E' << 16 | 'M' << 8 | 'C',
                    'M' << 8 | 'P', 'D' << 8 | 'P',
                    'm', 'l', 'c', 'v', 'y', 'h', 'r' << 8 | 'e', 'W', 'W' << 8 | '*', 'n',
                    'f', 'F', 'f' << 8 | '*', 'B', 'B' << 8 | '*', 'b', 'b' << 8 | '*', 'S', 's',
                    'w', 'J', 'j', 'M', 'd', 'r' << 8 | 'i', 'i', 's' << 8 | 'h', 'B' << 8 | 'X', 'E' << 8 | 'X' -> {
            }
            default -> throw GiveUp.PAGE; // an inline image (BI), a Type 3 glyph's d0/d1, or unknown
        }
    }

    private void inTextGivesUp() {
        if (tm != null) {
            throw GiveUp.PAGE; // q and Q are not allowed in a text object: let PDFBox decide what it means
        }
    }

    private void textObject() {
        if (tm == null) {
            throw GiveUp.PAGE;
        }
    }

    /** {@code Td}, as PDFBox moves the line matrix. */
    private void moveText(float x, float y) {
        textObject();
        tlm.concatenate(new Matrix(1, 0, 0, 1, x, y));
        tm = tlm.clone();
    }

    private void show(byte[] string) throws IOException {
        textObject();
        PDType0Font font = state.font;
        if (font == null || string.length % 2 != 0 || state.renderingMode == 3 || state.renderingMode > 7) {
            throw GiveUp.PAGE; // no font, a one-byte code, or invisible text: PDFBox's loop measures it
        }
        int mode = state.renderingMode;
        boolean fills = mode == 0 || mode == 2 || mode == 4 || mode == 6;
        boolean strokes = mode == 1 || mode == 2 || mode == 5 || mode == 6;
        if ((fills && state.fillRgb) || (strokes && state.strokeRgb)) {
            facts.rgbText();
        }
        fonts.putIfAbsent(font.getCOSObject(), font);
        facts.identityText(string, font, state.fontSize, state.scaling / 100f, state.charSpacing, state.rise, tm,
                state.ctm);
    }

    /** {@code TJ}: strings shown, numbers moving the text back by thousandths of an em, as PDFBox moves it. */
    private void showAdjusted(List<?> array) throws IOException {
        for (Object element : array) {
            if (element instanceof Float adjustment) {
                textObject();
                tm.translate(-adjustment / 1000 * state.fontSize * (state.scaling / 100f), 0);
            } else if (element instanceof byte[] string) {
                show(string);
            } else {
                throw GiveUp.PAGE;
            }
        }
    }

    private PDType0Font font(String name) throws IOException {
        PDType0Font known = fontsByName.get(name);
        if (known != null) {
            return known;
        }
        PDFont font = resources.getFont(COSName.getPDFName(name));
        if (!(font instanceof PDType0Font type0) || !isIdentityH(type0) || type0.isVertical()) {
            throw GiveUp.PAGE;
        }
        fontsByName.put(name, type0);
        return type0;
    }

    private boolean rgbSpace(String name) throws IOException {
        Boolean rgb = rgbSpaces.get(name);
        if (rgb == null) {
            rgb = PageFacts.isRgb(PDColorSpace.create(COSName.getPDFName(name), resources));
            rgbSpaces.put(name, rgb);
        }
        return rgb;
    }

    private void drawObject(String name) throws IOException {
        PDXObject object = resources.getXObject(COSName.getPDFName(name));
        if (!(object instanceof PDImageXObject image)) {
            throw GiveUp.PAGE; // a form (whose content PDFBox's engine runs), or missing
        }
        facts.image(state.ctm, image.getWidth(), image.getHeight());
    }

    private void extendedState(String name) {
        PDExtendedGraphicsState extended = resources.getExtGState(COSName.getPDFName(name));
        if (extended == null || extended.getCOSObject().containsKey(COSName.FONT)) {
            throw GiveUp.PAGE; // a font set through the graphics state
        }
    }

    // ---- operands

    private void push(Object operand) {
        if (operands == MAX_OPERANDS) {
            throw GiveUp.PAGE;
        }
        others[operands++] = operand;
    }

    private void pushNumber(float value) {
        if (operands == MAX_OPERANDS) {
            throw GiveUp.PAGE;
        }
        numbers[operands] = value;
        others[operands++] = null;
    }

    /** Operand {@code i}, as a number. */
    private float number(int i) {
        if (others[i] != null) {
            throw GiveUp.PAGE;
        }
        return numbers[i];
    }

    /** The one number operand of an operator that takes one. */
    private float one() {
        expect(1);
        return number(0);
    }

    private String name(int i) {
        return others[i] instanceof String name ? name : giveUp();
    }

    private byte[] string(int i) {
        return others[i] instanceof byte[] string ? string : giveUp();
    }

    private List<?> array(int i) {
        return others[i] instanceof List<?> array ? array : giveUp();
    }

    private Matrix matrix() {
        return new Matrix(number(0), number(1), number(2), number(3), number(4), number(5));
    }

    /** Well-formed content gives each operator exactly its operands; any other count is not FOP's. */
    private void expect(int count) {
        if (operands != count) {
            throw GiveUp.PAGE;
        }
    }

    private static <T> T giveUp() {
        throw GiveUp.PAGE;
    }
}
