package org.columnpress.render.pdf.internal.preflight;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * unread: PDFBox's engine reads it then. The two are compared page by page in the tests.
 */
final class QuickScan {

    private static final COSName IDENTITY_H = COSName.getPDFName("Identity-H");

    /** Thrown, without a stack trace, to give a page back to PDFBox's engine. */
    private static final class GiveUp extends RuntimeException {

        private static final long serialVersionUID = 1L;
        static final GiveUp PAGE = new GiveUp();

        private GiveUp() {
            super("content QuickScan does not read", null, false, false);
        }
    }

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

    /**
     * Operands that no operator read here looks into: a dictionary (marked-content properties, skipped
     * unparsed) and the keywords true, false and null. Names are Strings, strings byte[], arrays Lists;
     * numbers stand in {@link #numbers} with no object beside them.
     */
    private static final Object DICTIONARY = new Object();
    private static final Object KEYWORD = new Object();
    private static final int MAX_OPERANDS = 32;

    private final byte[] content;
    private int at;
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
        while (true) {
            skipSpace();
            if (at >= content.length) {
                return;
            }
            byte c = content[at];
            if (c == '/') {
                push(name());
            } else if (c == '(') {
                push(literalString());
            } else if (c == '<') {
                push(at + 1 < content.length && content[at + 1] == '<' ? dictionary() : hexString());
            } else if (c == '[') {
                push(array());
            } else if (isNumberStart(c)) {
                pushNumber(number());
            } else if (isRegular(c)) {
                int start = at;
                while (at < content.length && isRegular(content[at])) {
                    at++;
                }
                if (isKeywordOperand(start, at - start)) {
                    push(KEYWORD);
                } else {
                    operator(start, at - start);
                    operands = 0;
                }
            } else {
                throw GiveUp.PAGE; // ) ] > { } where no operand ends
            }
        }
    }

    // ---- operators

    private void operator(int start, int length) throws IOException {
        if (length > 3) {
            throw GiveUp.PAGE;
        }
        int key = 0;
        for (int i = start; i < start + length; i++) {
            key = key << 8 | (content[i] & 0xff);
        }
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

    // ---- tokens (PDF 32000-1, 7.2 and 7.3)

    private void skipSpace() {
        while (at < content.length) {
            byte c = content[at];
            if (c == '%') {
                while (at < content.length && content[at] != '\n' && content[at] != '\r') {
                    at++;
                }
            } else if (isWhite(c)) {
                at++;
            } else {
                return;
            }
        }
    }

    private static boolean isWhite(byte c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(byte c) {
        return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }

    private static boolean isRegular(byte c) {
        return !isWhite(c) && !isDelimiter(c);
    }

    private static boolean isNumberStart(byte c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    private boolean isKeywordOperand(int start, int length) {
        byte first = content[start];
        return (first == 't' || first == 'f' || first == 'n') && (matches(start, length, "true")
                || matches(start, length, "false") || matches(start, length, "null"));
    }

    private boolean matches(int start, int length, String word) {
        if (length != word.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (content[start + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A number as PDFBox reads a well-formed one; anything else (two signs, an exponent) gives the page up. */
    private float number() {
        int start = at;
        boolean negative = false;
        if (content[at] == '-' || content[at] == '+') {
            negative = content[at] == '-';
            at++;
        }
        long digits = 0;
        int count = 0;
        int fraction = -1;
        while (at < content.length) {
            byte c = content[at];
            if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
                if (fraction >= 0) {
                    fraction++;
                }
            } else if (c == '.' && fraction < 0) {
                fraction = 0;
            } else {
                break;
            }
            at++;
        }
        if (count == 0 || (at < content.length && isRegular(content[at]))) {
            throw GiveUp.PAGE;
        }
        if (count > 17) {
            return Float.parseFloat(new String(content, start, at - start, java.nio.charset.StandardCharsets.US_ASCII));
        }
        double value = fraction > 0 ? digits / POWERS_OF_TEN[fraction] : digits;
        return (float) (negative ? -value : value);
    }

    private static final double[] POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
        1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18};

    /** A name, its {@code #xx} escapes decoded. */
    private String name() {
        at++; // the slash
        StringBuilder name = new StringBuilder();
        while (at < content.length && isRegular(content[at])) {
            byte c = content[at++];
            if (c == '#' && at + 1 < content.length && hex(content[at]) >= 0 && hex(content[at + 1]) >= 0) {
                name.append((char) (hex(content[at]) << 4 | hex(content[at + 1])));
                at += 2;
            } else {
                name.append((char) (c & 0xff));
            }
        }
        return name.toString();
    }

    private byte[] literalString() {
        at++; // (
        byte[] bytes = new byte[16];
        int length = 0;
        int depth = 1;
        while (at < content.length) {
            int c = content[at++] & 0xff;
            if (c == '\\') {
                if (at >= content.length) {
                    break;
                }
                int e = content[at++] & 0xff;
                switch (e) {
                    case 'n' -> c = '\n';
                    case 'r' -> c = '\r';
                    case 't' -> c = '\t';
                    case 'b' -> c = '\b';
                    case 'f' -> c = '\f';
                    case '\r', '\n' -> {
                        if (e == '\r' && at < content.length && content[at] == '\n') {
                            at++;
                        }
                        continue; // a line continued
                    }
                    default -> {
                        if (e >= '0' && e <= '7') {
                            c = e - '0';
                            for (int i = 0; i < 2 && at < content.length && content[at] >= '0' && content[at] <= '7'; i++) {
                                c = c * 8 + (content[at++] - '0');
                            }
                            c &= 0xff;
                        } else {
                            c = e; // \( \) \\ and any other: the character itself
                        }
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return java.util.Arrays.copyOf(bytes, length);
            }
            if (length == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, length * 2);
            }
            bytes[length++] = (byte) c;
        }
        throw GiveUp.PAGE; // unterminated
    }

    private byte[] hexString() {
        at++; // <
        int end = at;
        while (end < content.length && content[end] != '>') {
            end++;
        }
        if (end == content.length) {
            throw GiveUp.PAGE;
        }
        byte[] bytes = new byte[(end - at + 1) / 2];
        int length = 0;
        int high = -1;
        for (; at < end; at++) {
            byte c = content[at];
            if (isWhite(c)) {
                continue;
            }
            int digit = hex(c);
            if (digit < 0) {
                throw GiveUp.PAGE;
            }
            if (high < 0) {
                high = digit;
            } else {
                bytes[length++] = (byte) (high << 4 | digit);
                high = -1;
            }
        }
        at++; // >
        if (high >= 0) {
            bytes[length++] = (byte) (high << 4); // an odd digit count ends as if followed by 0
        }
        return length == bytes.length ? bytes : java.util.Arrays.copyOf(bytes, length);
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** An array of numbers (as Float), strings (byte[]), names and nested arrays. */
    private List<Object> array() {
        at++; // [
        List<Object> array = new ArrayList<>();
        while (true) {
            skipSpace();
            if (at >= content.length) {
                throw GiveUp.PAGE;
            }
            byte c = content[at];
            if (c == ']') {
                at++;
                return array;
            } else if (c == '(') {
                array.add(literalString());
            } else if (c == '<' && !(at + 1 < content.length && content[at + 1] == '<')) {
                array.add(hexString());
            } else if (c == '/') {
                array.add(name());
            } else if (c == '[') {
                array.add(array());
            } else if (isNumberStart(c)) {
                array.add(number());
            } else {
                throw GiveUp.PAGE; // a dictionary or keyword in an array: not FOP's
            }
        }
    }

    /** A dictionary operand (marked-content properties), skipped: no check reads it. */
    private Object dictionary() {
        at += 2; // <<
        int depth = 1;
        while (at < content.length) {
            byte c = content[at];
            if (c == '(') {
                literalString();
            } else if (c == '<' && at + 1 < content.length && content[at + 1] == '<') {
                depth++;
                at += 2;
            } else if (c == '>' && at + 1 < content.length && content[at + 1] == '>') {
                at += 2;
                if (--depth == 0) {
                    return DICTIONARY;
                }
            } else if (c == '<') {
                hexString();
            } else {
                at++;
            }
        }
        throw GiveUp.PAGE;
    }
}
