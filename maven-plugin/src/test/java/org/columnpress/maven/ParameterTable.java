package org.columnpress.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The {@code publish} goal's parameters as a Markdown table, made from the plugin descriptor that
 * maven-plugin-plugin writes from {@link PublishMojo}'s Javadoc. It reads {@code target/plugin-enhanced.xml}
 * rather than {@code META-INF/maven/plugin.xml}: the same descriptor, but with the Javadoc's
 * {@code {@code ...}} kept as {@code <code>}, which becomes a Markdown code span (in plain text a
 * {@code <outputDirectory>} would read as an HTML tag).
 *
 * <p>The default comes from the parameter's {@code defaultValue}, or else from the last sentence of its
 * Javadoc, {@code Default: ...}, which then leaves the text.
 */
final class ParameterTable {

    private static final String HEADER = "| parameter | user property | default | what it does |\n|---|---|---|---|\n";

    private static final Pattern DEFAULT_SENTENCE = Pattern.compile("(.*?)\\s*Default: (.+)\\.", Pattern.DOTALL);
    private static final Pattern CODE = Pattern.compile("<code>(.*?)</code>", Pattern.DOTALL);

    private ParameterTable() {
    }

    static String markdown(Path descriptor) throws IOException {
        Element mojo = publishMojo(descriptor);
        Element configuration = child(mojo, "configuration");
        StringBuilder table = new StringBuilder(HEADER);
        List<String> problems = new ArrayList<>();
        for (Element parameter : children(child(mojo, "parameters"), "parameter")) {
            if (!text(parameter, "editable").equals("true")) {
                continue;
            }
            String name = text(parameter, "name");
            // A parameter without user property or default has no configuration line.
            List<Element> setting = children(configuration, name);
            String text = markdownOf(text(parameter, "description"));
            String defaultValue = setting.isEmpty() ? "" : setting.get(0).getAttribute("default-value");
            Matcher sentence = DEFAULT_SENTENCE.matcher(text);
            if (sentence.matches()) {
                text = sentence.group(1);
                if (!defaultValue.isEmpty()) {
                    problems.add(name + ": its default is in both its defaultValue and its Javadoc; keep one");
                }
                defaultValue = sentence.group(2);
            } else if (defaultValue.isEmpty()) {
                problems.add(name + ": end its Javadoc with 'Default: ...' (or give it a defaultValue)");
            } else {
                defaultValue = "`" + defaultValue + "`";
            }
            if (text.isBlank() || text(parameter, "since").isEmpty()) {
                problems.add(name + ": give it a Javadoc text and an @since");
            }
            String property = setting.isEmpty() ? "" : setting.get(0).getTextContent().strip();
            property = property.startsWith("${") ? "`" + property.substring(2, property.length() - 1) + "`" : "";
            table.append(row("`" + name + "`", property, defaultValue, text));
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("PublishMojo's Javadoc cannot make the README's table:\n  "
                    + String.join("\n  ", problems));
        }
        return table.toString();
    }

    private static String row(String... cells) {
        StringBuilder row = new StringBuilder("|");
        for (String cell : cells) {
            row.append(cell.isEmpty() ? " |" : " " + cell + " |");
        }
        return row.append('\n').toString();
    }

    /** Javadoc's HTML as Markdown in a table cell: code spans; any other markup is not expected. */
    static String markdownOf(String html) {
        String text = html.strip().replaceAll("\\s+", " ");
        StringBuilder markdown = new StringBuilder();
        Matcher code = CODE.matcher(text);
        int end = 0;
        while (code.find()) {
            markdown.append(plain(text.substring(end, code.start()))).append('`')
                    .append(code.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&apos;", "'")
                            .replace("&quot;", "\"").replace("&amp;", "&"))
                    .append('`');
            end = code.end();
        }
        return markdown.append(plain(text.substring(end))).toString().replace("|", "\\|");
    }

    /** Text outside code: entities for {@code <}, {@code >} and {@code &} stay, as Markdown reads them. */
    private static String plain(String text) {
        if (text.contains("<")) {
            throw new IllegalStateException("Only {@code} markup can go into the README's table: " + text);
        }
        return text.replace("&apos;", "'").replace("&quot;", "\"");
    }

    private static Element publishMojo(Path descriptor) throws IOException {
        if (!Files.isRegularFile(descriptor)) {
            throw new IllegalStateException(descriptor + " is missing: it is made in the process-classes phase "
                    + "(./mvnw -B -q -pl maven-plugin -am process-classes).");
        }
        try (InputStream in = Files.newInputStream(descriptor)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            for (Element mojo : children(child(document.getDocumentElement(), "mojos"), "mojo")) {
                if (text(mojo, "goal").equals("publish")) {
                    return mojo;
                }
            }
            throw new IllegalStateException("No publish goal in " + descriptor);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + descriptor, e);
        }
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }

    private static Element child(Element parent, String name) {
        return children(parent, name).get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
