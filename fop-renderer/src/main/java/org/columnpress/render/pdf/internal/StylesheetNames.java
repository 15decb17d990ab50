package org.columnpress.render.pdf.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * Warns about a misspelt override in a user's stylesheet, which XSLT would take as a new name and
 * ignore: an attribute set or top-level param that the user's files (the stylesheet and the files of its
 * own it imports or includes) declare is warned about, with the default's close matches, when
 *
 * <ol>
 *   <li>our stylesheets declare no attribute set (or param) of that name, so it overrides nothing, and
 *   <li>nothing in the user's files uses it: no {@code use-attribute-sets} or {@code xsl:use-attribute-sets}
 *       names the set, no XPath expression or attribute value template mentions {@code $name}.
 * </ol>
 * A name of the user's own that their templates use is theirs and fine; a name nothing uses changes
 * nothing, whichever way it is spelt. The names of ours are read from our stylesheet files.
 */
final class StylesheetNames {

    static final String KIND = "names in your stylesheet that the default stylesheet does not declare and"
            + " nothing uses (so they change nothing)";
    private static final Pattern VARIABLE = Pattern.compile("\\$([\\p{L}_][\\p{L}\\p{N}_.\\-]*)");

    private StylesheetNames() {
    }

    static void check(Optional<Path> userStylesheet, Reporter reporter) {
        if (userStylesheet.isEmpty()) {
            return;
        }
        List<StylesheetFiles.Sheet> all = StylesheetFiles.of(userStylesheet);
        List<StylesheetFiles.Sheet> ours = all.stream().filter(sheet -> !sheet.own()).toList();
        List<StylesheetFiles.Sheet> own = all.stream().filter(StylesheetFiles.Sheet::own).toList();
        Set<String> usedSets = new HashSet<>();
        Set<String> usedVariables = new HashSet<>();
        own.forEach(sheet -> collectUses(sheet.root(), usedSets, usedVariables));
        Set<String> ourSets = StylesheetFiles.attributeSetNames(ours);
        Set<String> ourParams = StylesheetFiles.paramNames(ours);
        for (StylesheetFiles.Sheet sheet : own) {
            for (Element set : sheet.topLevel("attribute-set")) {
                warnIfUnknown(sheet, "attribute-set", set.getAttribute("name"), ourSets, usedSets, reporter);
            }
            for (Element param : sheet.topLevel("param")) {
                warnIfUnknown(sheet, "param", param.getAttribute("name"), ourParams, usedVariables, reporter);
            }
        }
    }

    private static void warnIfUnknown(StylesheetFiles.Sheet sheet, String what, String name, Set<String> ours,
            Set<String> used, Reporter reporter) {
        if (ours.contains(name) || used.contains(name)) {
            return;
        }
        String kind = what.equals("param") ? "parameter" : "attribute set";
        reporter.warn(new Warning(KIND, sheet.path(), line(sheet, what, name), "the " + kind + " '" + name
                + "' is not one the default stylesheet declares, and nothing in your stylesheet uses it: it"
                + " changes nothing." + CloseMatches.suggestion(name, ours) + " The names are listed in the PDF"
                + " renderer's PARAMETERS.md."));
    }

    /** Every attribute set named in a use-attribute-sets, every {@code $name} in any attribute. */
    private static void collectUses(Element element, Set<String> sets, Set<String> variables) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if ("use-attribute-sets".equals(attribute.getLocalName() != null ? attribute.getLocalName()
                    : attribute.getName())) {
                for (String set : attribute.getValue().trim().split("\\s+")) {
                    sets.add(set);
                }
            }
            Matcher variable = VARIABLE.matcher(attribute.getValue());
            while (variable.find()) {
                variables.add(variable.group(1));
            }
        }
        NodeList children = element.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element child) {
                collectUses(child, sets, variables);
            }
        }
    }

    /** The line of the declaration, found in the file's text: the DOM keeps no lines. */
    private static int line(StylesheetFiles.Sheet sheet, String element, String name) {
        String text = new String(sheet.bytes(), StandardCharsets.UTF_8);
        Matcher declaration = Pattern.compile("[<:]" + element + "\\s[^>]*\\bname\\s*=\\s*[\"']"
                + Pattern.quote(name) + "[\"']").matcher(text);
        if (!declaration.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < declaration.start(); i++) {
            line += text.charAt(i) == '\n' ? 1 : 0;
        }
        return line;
    }
}
