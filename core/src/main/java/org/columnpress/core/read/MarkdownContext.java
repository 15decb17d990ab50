package org.columnpress.core.read;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.columnpress.core.model.Block;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * What the Markdown mappers share while converting one document: where it came from (for messages),
 * the footnotes numbered so far, and the images lifted out of the block being converted.
 */
final class MarkdownContext {

    final Path file;
    final Document document;
    final ImageFiles images;
    private final Reporter reporter;
    private final int lineOffset;
    private final int[] lineMap;
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, FootnoteBlock> definitions = new LinkedHashMap<>();
    private final Set<Integer> htmlWarned = new HashSet<>();
    private List<Block> lifted = new ArrayList<>();

    MarkdownContext(Path file, Document document, ImageFiles images, Reporter reporter, int lineOffset) {
        this(file, document, images, reporter, lineOffset, null);
    }

    /** @param lineMap for each line of the parsed text the file's line (0-based): see {@link SiteMarkup} */
    MarkdownContext(Path file, Document document, ImageFiles images, Reporter reporter, int lineOffset,
            int[] lineMap) {
        this.lineMap = lineMap;
        this.file = file;
        this.document = document;
        this.images = images;
        this.reporter = reporter;
        this.lineOffset = lineOffset;
    }

    /** The 1-based line of a node in the file. */
    int line(Node node) {
        return fileLine(node.getLineNumber());
    }

    /** The 1-based line in the file of the character {@code offset} characters into the node. */
    int line(Node node, int offset) {
        return fileLine(document.getLineNumber(node.getStartOffset() + offset));
    }

    private int fileLine(int parsed) {
        int line = lineMap == null ? parsed : lineMap[Math.min(parsed, lineMap.length - 1)];
        return line + 1 + lineOffset;
    }

    /** A warning of a kind (a phrase that follows a count: "HTML blocks dropped"), at the node's line. */
    void warn(Node node, String kind, String message) {
        reporter.warn(new Warning(kind, file, line(node), message));
    }

    /** A warning of a kind at a 1-based line of the file. */
    void warn(int line, String kind, String message) {
        reporter.warn(new Warning(kind, file, line, message));
    }

    /** Warns about raw HTML once per line: a paragraph of tags should not flood the log. */
    void warnHtml(Node node, String message) {
        if (htmlWarned.add(line(node))) {
            warn(node, "raw HTML tags dropped (their text kept)", message);
        }
    }

    void define(String label, FootnoteBlock block) {
        definitions.putIfAbsent(label, block);
    }

    boolean isDefined(String label) {
        return definitions.containsKey(label);
    }

    /** The footnote's number: the next one on its first reference. */
    int number(String label) {
        return numbers.computeIfAbsent(label, l -> numbers.size() + 1);
    }

    /** Labels in the order of their numbers; grows while footnotes are converted. */
    List<String> numbered() {
        return List.copyOf(numbers.keySet());
    }

    FootnoteBlock definition(String label) {
        return definitions.get(label);
    }

    Set<String> definedLabels() {
        return definitions.keySet();
    }

    void lift(Block image) {
        lifted.add(image);
    }

    /** Takes the images lifted out of the block converted since the last call. */
    List<Block> takeLifted() {
        List<Block> taken = lifted;
        lifted = new ArrayList<>();
        return taken;
    }
}
