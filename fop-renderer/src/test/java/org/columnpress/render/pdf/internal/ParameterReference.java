package org.columnpress.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Comment;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The reference of our stylesheets' parameters, attribute sets and API templates (those whose comment starts
 * with "API:": hooks and helpers to override or call), as Markdown, made from the stylesheets themselves:
 * name, default, type where the default shows it, and the comment above the declaration.
 */
final class ParameterReference {

    static final String REGENERATE = "./mvnw -B -q -pl fop-renderer -am test -Dtest=ParameterReferenceTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dcolumnpress.regenerate=true";
    private static final Pattern LITERAL = Pattern.compile("'([^']*)'|\"([^\"]*)\"");
    private static final Pattern LENGTH = Pattern.compile("-?\\d*\\.?\\d+(mm|cm|in|pt|pc|px|em)");

    private ParameterReference() {
    }

    static String markdown(List<StylesheetFiles.Sheet> sheets) {
        StringBuilder md = new StringBuilder("""
                # Stylesheet parameters, attribute sets and templates

                <!-- Made from the stylesheets by ParameterReferenceTest: do not edit. To rewrite it after a change:
                """).append(REGENERATE).append("""
                 -->

                Every parameter, attribute set and API template of the default stylesheet,
                `https://columnpress.org/xsl/fo/columnpress.xsl`, file by file in the order it includes them, with
                the comment it is declared with. Set a **parameter** in the plugin's `<stylesheetParameters>` (the
                setting `pdf.param.<name>`) or with an `xsl:param` of the same name in your own stylesheet; a name that
                no stylesheet declares is an error. Restyle an **attribute set** with an `xsl:attribute-set` of the
                same name in your own stylesheet (see [README.md](README.md), "Customising"). A default in `{…}` is an
                XPath expression, mostly another parameter. Lengths for the page size, bleed and crop marks take
                `mm`, `cm`, `in`, `pt`, `pc` or `px` (1/96 in); the template `length-in-mm` reads them for your own
                arithmetic. The **templates** marked API are hooks to override in your stylesheet (such as
                `user.back.pages` or the running heads) or helpers to call (such as `length-in-mm`).

                The last section, `cover.xsl`, is the full-wrap cover's stylesheet,
                `https://columnpress.org/xsl/fo/cover.xsl`: it imports the book's, so every parameter above applies to
                the cover too.
                """);
        for (StylesheetFiles.Sheet sheet : sheets) {
            List<Element> params = sheet.topLevel("param");
            List<Element> sets = sheet.topLevel("attribute-set");
            List<Element> hooks = sheet.topLevel("template").stream()
                    .filter(template -> comment(template).filter(text -> text.startsWith("API:")).isPresent()).toList();
            if (params.isEmpty() && sets.isEmpty() && hooks.isEmpty()) {
                continue;
            }
            md.append("\n## ").append(sheet.fileName()).append("\n");
            headerComment(sheet).ifPresent(text -> md.append('\n').append(text.replace("<", "&lt;")).append('\n'));
            if (!params.isEmpty()) {
                md.append("\n| parameter | default | type | what it does |\n|---|---|---|---|\n");
                for (Element param : params) {
                    String name = param.getAttribute("name");
                    String value = defaultOf(param);
                    md.append("| `").append(name).append("` | ").append(cell(value.isEmpty() ? "(empty)" : code(value)))
                            .append(" | ").append(typeOf(name, value)).append(" | ")
                            .append(cell(comment(param).orElse(""))).append(" |\n");
                }
            }
            if (!sets.isEmpty()) {
                md.append("\n| attribute set | attributes | what it is for |\n|---|---|---|\n");
                for (Element set : sets) {
                    md.append("| `").append(set.getAttribute("name")).append("` | ").append(cell(attributes(set)))
                            .append(" | ").append(cell(comment(set).orElse(""))).append(" |\n");
                }
            }
            if (!hooks.isEmpty()) {
                md.append("\n| template (API) | what it is for |\n|---|---|\n");
                for (Element hook : hooks) {
                    String name = hook.hasAttribute("name") ? "name `" + hook.getAttribute("name") + "`"
                            : hook.getAttribute("mode").isEmpty() ? "match `" + hook.getAttribute("match") + "`"
                            : "mode `" + hook.getAttribute("mode") + "`, match `" + hook.getAttribute("match") + "`";
                    md.append("| ").append(cell(name)).append(" | ").append(cell(apiText(hook))).append(" |\n");
                }
            }
        }
        return md.toString();
    }

    /** An API template's comment without its "API:" and up to its example (the first line that is XML). */
    private static String apiText(Element template) {
        StringBuilder text = new StringBuilder();
        Node before = template.getPreviousSibling();
        while (!(before instanceof Comment)) {
            before = before.getPreviousSibling();
        }
        for (String line : ((Comment) before).getData().split("\n")) {
            if (line.strip().startsWith("<")) {
                break;
            }
            text.append(line).append(' ');
        }
        return oneLine(text.toString()).substring("API:".length()).strip();
    }

    /** The comment just above a declaration, with nothing but white space between. */
    static Optional<String> comment(Element declaration) {
        Node before = declaration.getPreviousSibling();
        while (before != null && before.getNodeType() == Node.TEXT_NODE && before.getNodeValue().isBlank()) {
            before = before.getPreviousSibling();
        }
        return before instanceof Comment comment ? Optional.of(oneLine(comment.getData())) : Optional.empty();
    }

    /** The first paragraph of the comment that opens the file. */
    private static Optional<String> headerComment(StylesheetFiles.Sheet sheet) {
        for (Node node = sheet.root().getOwnerDocument().getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Comment comment) {
                return Optional.of(oneLine(comment.getData().strip().split("\\n\\s*\\n")[0]));
            }
        }
        return Optional.empty();
    }

    private static String defaultOf(Element param) {
        if (!param.hasAttribute("select")) {
            return param.getTextContent().strip();
        }
        String select = param.getAttribute("select").strip();
        Matcher literal = LITERAL.matcher(select);
        if (literal.matches()) {
            return literal.group(1) != null ? literal.group(1) : literal.group(2);
        }
        return "{" + select + "}";
    }

    /** What kind of value, where the default or the name makes it plain. */
    private static String typeOf(String name, String value) {
        if (value.equals("true") || value.equals("false")) {
            return "true or false";
        }
        if (LENGTH.matcher(value).matches()) {
            return "length";
        }
        if (name.endsWith("font.family")) {
            return "font family";
        }
        if (name.endsWith(".color")) {
            return "colour";
        }
        return "";
    }

    private static String attributes(Element set) {
        List<String> parts = new ArrayList<>();
        if (set.hasAttribute("use-attribute-sets")) {
            parts.add("uses `" + set.getAttribute("use-attribute-sets") + "`");
        }
        for (Node child = set.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element attribute && "attribute".equals(attribute.getLocalName())) {
                parts.add(code(attribute.getAttribute("name") + ": " + valueOf(attribute)));
            }
        }
        return String.join("; ", parts);
    }

    private static String valueOf(Element attribute) {
        StringBuilder value = new StringBuilder();
        for (Node child = attribute.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && "value-of".equals(element.getLocalName())) {
                value.append('{').append(element.getAttribute("select")).append('}');
            } else if (child.getNodeType() == Node.TEXT_NODE) {
                value.append(child.getNodeValue());
            }
        }
        return value.toString().strip();
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s+", " ");
    }

    private static String code(String text) {
        return "`" + text + "`";
    }

    /** Text for a table cell: a '|' would end the cell, a '<' start an HTML tag. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("<", "&lt;");
    }
}
