package org.columnpress.render.pdf.internal.preflight;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a content stream (PDF 32000-1, 7.2 and 7.3), one at a time, for {@link QuickScan}: numbers,
 * operands (names, strings, arrays, dictionaries and the keywords true, false and null) and operators.
 * Anything that is not well-formed PDF, an exponent in a number, an unterminated string, a stray
 * delimiter, gives the page up ({@link GiveUp}).
 */
final class ContentTokens {

    /** What {@link #next()} read. */
    enum Kind { NUMBER, OPERAND, OPERATOR, END }

    /**
     * Operands that no operator of {@link QuickScan} looks into: a dictionary (marked-content properties,
     * skipped unparsed) and the keywords true, false and null. Names are read as Strings, strings as byte[],
     * arrays as Lists of these and of Floats.
     */
    static final Object DICTIONARY = new Object();
    static final Object KEYWORD = new Object();

    private final byte[] content;
    private int at;
    private float number;
    private Object operand;
    private int operator;

    ContentTokens(byte[] content) {
        this.content = content;
    }

    /** Reads the next token: then {@link #number()}, {@link #operand()} or {@link #operator()} says what it is. */
    Kind next() {
        skipSpace();
        if (at >= content.length) {
            return Kind.END;
        }
        byte c = content[at];
        if (c == '/') {
            operand = name();
        } else if (c == '(') {
            operand = literalString();
        } else if (c == '<') {
            operand = at + 1 < content.length && content[at + 1] == '<' ? dictionary() : hexString();
        } else if (c == '[') {
            operand = array();
        } else if (isNumberStart(c)) {
            number = readNumber();
            return Kind.NUMBER;
        } else if (isRegular(c)) {
            int start = at;
            while (at < content.length && isRegular(content[at])) {
                at++;
            }
            if (isKeywordOperand(start, at - start)) {
                operand = KEYWORD;
                return Kind.OPERAND;
            }
            operator = key(start, at - start);
            return Kind.OPERATOR;
        } else {
            throw GiveUp.PAGE; // ) ] > { } where no operand ends
        }
        return Kind.OPERAND;
    }

    /** The number just read. */
    float number() {
        return number;
    }

    /** The operand just read. */
    Object operand() {
        return operand;
    }

    /** The operator just read, its one to three characters one per byte: {@code 'c' << 8 | 'm'} for cm. */
    int operator() {
        return operator;
    }

    private int key(int start, int length) {
        if (length > 3) {
            throw GiveUp.PAGE; // no operator QuickScan reads is longer
        }
        int key = 0;
        for (int i = start; i < start + length; i++) {
            key = key << 8 | (content[i] & 0xff);
        }
        return key;
    }

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
    private float readNumber() {
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
                array.add(readNumber());
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
