package org.columnpress.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Whether a stylesheet can make the book part by part ({@link BookParts}). Ours can; a user's stylesheet
 * can unless it (or a file of its own that it imports) replaces the root template without looking at
 * the {@code part} parameter, in which case the book is transformed in one piece as before.
 */
final class PartSupport {

    /** A match on the document or the book element: "/", "/b:book", "b:book", "book". */
    private static final Pattern ROOT = Pattern.compile("/|/?([\\w.-]+:)?book");

    private PartSupport() {
    }

    static boolean honoured(Optional<Path> userStylesheet) {
        if (userStylesheet.isEmpty()) {
            return true;
        }
        List<StylesheetFiles.Sheet> own = StylesheetFiles.of(userStylesheet).stream()
                .filter(StylesheetFiles.Sheet::own).toList();
        return own.stream().noneMatch(PartSupport::replacesRoot) || own.stream().anyMatch(PartSupport::mentionsPart);
    }

    private static boolean replacesRoot(StylesheetFiles.Sheet sheet) {
        NodeList templates = sheet.root().getElementsByTagNameNS(StylesheetFiles.XSL, "template");
        for (int i = 0; i < templates.getLength(); i++) {
            Element template = (Element) templates.item(i);
            if (template.getAttribute("mode").isEmpty() && matchesRoot(template.getAttribute("match"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matchesRoot(String match) {
        for (String alternative : match.split("\\|")) {
            if (ROOT.matcher(alternative.replaceAll("\\s", "")).matches()) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentionsPart(StylesheetFiles.Sheet sheet) {
        return new String(sheet.bytes(), StandardCharsets.ISO_8859_1).contains("$part");
    }
}
