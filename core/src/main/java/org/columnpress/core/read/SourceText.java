package org.columnpress.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.columnpress.core.ColumnpressException;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Reads a text file the way every reader needs it: strictly UTF-8 (an error names the first bad byte),
 * without a byte order mark, with {@code \n} line ends, and without the characters XML cannot carry
 * (dropped with a warning, so that no renderer fails on them deep inside FOP or an EPUB).
 */
final class SourceText {

    private static final int MAX_WARNINGS = 5;
    private static final String DROPPED = "characters a book cannot carry dropped";

    private SourceText() {
    }

    static String read(Path file, Reporter reporter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ColumnpressException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        return clean(file, decode(file, bytes), reporter);
    }

    static String decode(Path file, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isUnderflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            throw new InputException(file, lineAt(bytes, offset), String.format(
                    "not UTF-8 text: byte offset %d holds 0x%02X, which UTF-8 does not allow there. "
                            + "Save the file as UTF-8 (most editors offer it under Save As, Encoding).",
                    offset, bytes[offset] & 0xFF));
        }
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** Normalises line ends and drops characters that XML 1.0 forbids, warning once per line. */
    static String clean(Path file, String text, Reporter reporter) {
        String unified = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unified.length());
        int line = 1;
        int lastWarned = 0;
        int warnings = 0;
        for (int i = 0; i < unified.length(); i++) {
            char c = unified.charAt(i);
            if (c == '\n') {
                line++;
            }
            boolean surrogatePair = Character.isHighSurrogate(c) && i + 1 < unified.length()
                    && Character.isLowSurrogate(unified.charAt(i + 1));
            if (surrogatePair) {
                out.append(c).append(unified.charAt(++i));
            } else if (allowed(c)) {
                out.append(c);
            } else if (line != lastWarned) {
                lastWarned = line;
                warnings++;
                if (warnings <= MAX_WARNINGS) {
                    reporter.warn(new Warning(DROPPED, file, line, String.format("dropped the character U+%04X, "
                            + "which cannot appear in a book (a control character or an invalid one).", (int) c)));
                }
            }
        }
        if (warnings > MAX_WARNINGS) {
            reporter.warn(new Warning(DROPPED, file, 0, "dropped such characters on " + (warnings - MAX_WARNINGS)
                    + " more lines."));
        }
        return out.toString();
    }

    private static boolean allowed(char c) {
        if (c < 0x20) {
            return c == '\n' || c == '\t';
        }
        return !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
