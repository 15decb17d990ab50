package org.columnpress.core.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.InputException;
import org.columnpress.core.model.Block;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Reads a plain-text column in the shape newspapers and websites hand them out: a title; then, in a
 * few short lines, a subtitle, a byline ("Door …", "By …") and perhaps a "click here for the PDF" line
 * (dropped); the paragraphs of the text; a short author note; a © line. Paragraphs are separated by
 * blank lines; the lines of one paragraph are joined.
 *
 * <p>The author note is told from the text by its shape: it is the run of short paragraphs at the end
 * (before the © line) that do not end a sentence, hold a web or e-mail address, or start with the
 * author's name. A text that ends on a short sentence keeps it.
 */
final class PlainTextReader {

    private static final Pattern BYLINE = Pattern.compile("(?i)^(?:door|by|von|par)\\s*:?\\s+(\\S.{0,80})$");
    private static final Pattern AUTHOR_SEPARATOR =
            Pattern.compile("\\s*(?:,|&|\\s(?:en|and|und|et)\\s)\\s*");
    private static final Pattern PDF_LINE = Pattern.compile(
            "(?i).*\\b(?:klik|click|klicken|cliquez|hier|here|ici|download|downloaden|télécharger"
                    + "|herunterladen)\\b.*\\bpdf\\b.*");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)^(?:©|\\(c\\)|copyright\\b)\\s*(?:©|\\(c\\))?\\s*(.*)$");
    private static final int SHORT_LINE = 150;
    private static final int SHORT_BIO = 200;

    ColumnSource read(Path file, String text, Reporter reporter) {
        List<String> paragraphs = paragraphs(text);
        if (paragraphs.isEmpty()) {
            throw new InputException(file, 1, "the column is empty. Put its title on the first line, "
                    + "then a blank line, then the text.");
        }
        String title = paragraphs.get(0);
        int start = 1;
        Optional<String> subtitle = Optional.empty();
        List<String> authors = new ArrayList<>();
        while (start < paragraphs.size()) {
            String p = paragraphs.get(start);
            Matcher byline = BYLINE.matcher(p);
            if (p.length() <= 100 && PDF_LINE.matcher(p).matches()) {
                start++;
            } else if (authors.isEmpty() && byline.matches()) {
                authors.addAll(List.of(AUTHOR_SEPARATOR.split(byline.group(1).strip())));
                start++;
            } else if (subtitle.isEmpty() && authors.isEmpty() && isShort(p) && !p.endsWith(".")
                    && !Links.containsAddress(p) && start + 1 < paragraphs.size()) {
                subtitle = Optional.of(p);
                start++;
            } else {
                break;
            }
        }
        int end = paragraphs.size();
        Optional<String> copyright = Optional.empty();
        Matcher c = end > start ? COPYRIGHT.matcher(paragraphs.get(end - 1)) : null;
        if (c != null && c.matches() && isShort(paragraphs.get(end - 1))) {
            copyright = Optional.of("© " + c.group(1).strip());
            end--;
        }
        int bioStart = end;
        while (bioStart - 1 > start && isBio(paragraphs.get(bioStart - 1), authors)) {
            bioStart--;
        }
        List<Block> body = new ArrayList<>();
        for (String p : paragraphs.subList(start, bioStart)) {
            body.add(new Block.Paragraph(Links.autolink(p)));
        }
        if (body.isEmpty()) {
            reporter.warn(new Warning("columns with a title but no text", file, 0, "the column has a title but no text."));
        }
        return new ColumnSource(file, title, subtitle, authors, Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), body, List.of(), bio(paragraphs.subList(bioStart, end)), copyright);
    }

    /** The paragraphs, each with its lines joined by a space and its spaces collapsed. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            String stripped = line.strip();
            if (stripped.isEmpty()) {
                flush(current, out);
            } else {
                current.append(current.length() > 0 ? " " : "").append(stripped);
            }
        }
        flush(current, out);
        return out;
    }

    private static void flush(StringBuilder current, List<String> out) {
        if (current.length() > 0) {
            out.add(current.toString().replaceAll("[ \\t]+", " "));
            current.setLength(0);
        }
    }

    private static boolean isBio(String p, List<String> authors) {
        if (p.length() > SHORT_BIO) {
            return false;
        }
        boolean byAuthor = authors.stream().anyMatch(p::startsWith);
        return !endsSentence(p) || Links.containsAddress(p) || byAuthor;
    }

    /** Joins note lines that continue each other ("works at" + "Movement in Business"). */
    private static List<Block> bio(List<String> paragraphs) {
        List<String> joined = new ArrayList<>();
        for (String p : paragraphs) {
            int last = joined.size() - 1;
            if (last >= 0 && !endsSentence(joined.get(last)) && !Links.containsAddress(joined.get(last))
                    && !Links.containsAddress(p)) {
                joined.set(last, joined.get(last) + " " + p);
            } else {
                joined.add(p);
            }
        }
        return joined.stream().map(p -> (Block) new Block.Paragraph(Links.autolink(p))).toList();
    }

    private static boolean isShort(String p) {
        return p.length() <= SHORT_LINE;
    }

    static boolean endsSentence(String p) {
        String s = p.replaceAll("[\\s\"'”’»)\\]]+$", "");
        return !s.isEmpty() && ".!?…:".indexOf(s.charAt(s.length() - 1)) >= 0;
    }
}
