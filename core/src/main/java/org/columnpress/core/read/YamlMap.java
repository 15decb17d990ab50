package org.columnpress.core.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * A YAML mapping of metadata (book.yaml or a column's front matter) with typed getters whose errors name
 * the file and the line of the key at fault. Parsed to nodes, not objects, so that every value keeps
 * its line; anchors and aliases are capped so that an alias bomb is refused rather than expanded. TOML
 * front matter comes in as the same nodes ({@link TomlFrontMatter}), so one set of getters serves both.
 */
final class YamlMap {

    private static final int MAX_ALIASES = 20;

    /** A string value with the 1-based line it came from. */
    record Item(String value, int line) {
    }

    private final Path file;
    private final int firstLine;
    private final int line;
    private final Map<String, NodeTuple> entries;

    private YamlMap(Path file, int firstLine, int line, Map<String, NodeTuple> entries) {
        this.file = file;
        this.firstLine = firstLine;
        this.line = line;
        this.entries = entries;
    }

    /**
     * Parses {@code text}, which starts at 1-based line {@code firstLine} of {@code file}. An empty
     * document is an empty mapping.
     */
    static YamlMap parse(Path file, String text, int firstLine) {
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file.toString())
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(1 << 20)
                .build();
        Optional<Node> root;
        try {
            root = new Compose(settings).composeString(text);
        } catch (MarkedYamlEngineException e) {
            int at = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + firstLine).orElse(firstLine);
            throw new InputException(file, at, "the YAML does not parse: " + e.getProblem()
                    + ". Check the indentation and quote values that contain ': ' or start with a special"
                    + " character.", e);
        } catch (YamlEngineException e) {
            throw new InputException(file, firstLine, "the YAML cannot be read: " + e.getMessage()
                    + ". Anchors and aliases are limited to " + MAX_ALIASES + "; write the values out.", e);
        }
        if (root.isEmpty() || isNull(root.get())) {
            return new YamlMap(file, firstLine, firstLine, Map.of());
        }
        YamlMap map = new YamlMap(file, firstLine, firstLine, Map.of());
        return map.asMap(root.get(), "the document");
    }

    /** The mapping at {@code root}, whose marks count lines from 1-based line {@code firstLine} of {@code file}. */
    static YamlMap of(Path file, Node root, int firstLine) {
        return new YamlMap(file, firstLine, firstLine, Map.of()).asMap(root, "the front matter");
    }

    int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + firstLine;
    }

    /** The line of the key, or of the mapping itself when the key is absent. */
    int lineOf(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple == null ? line : lineOf(tuple.getKeyNode());
    }

    Path file() {
        return file;
    }

    Collection<String> keys() {
        return entries.keySet();
    }

    void requireKnownKeys(Collection<String> known) {
        requireKnownKeys(known, "");
    }

    /**
     * As {@link #requireKnownKeys(Collection)}, with {@code why} (a sentence) after the known keys. Every
     * unknown key is a problem of the one exception thrown, so that all of them are reported at once.
     */
    void requireKnownKeys(Collection<String> known, String why) {
        List<InputException.Problem> unknown = new ArrayList<>();
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                unknown.add(new InputException.Problem(file, lineOf(key), "unknown key '" + key + "'."
                        + CloseMatches.suggestion(key, known) + " Known keys: " + String.join(", ", known) + "." + why));
            }
        }
        if (unknown.size() == 1) {
            throw error(unknown.get(0).line(), unknown.get(0).message());
        }
        if (!unknown.isEmpty()) {
            throw new InputException(unknown.size() + " unknown keys in " + file.getFileName() + ":", unknown, 0, null);
        }
    }

    /** Whether the key's value is a mapping (key: value lines indented under it). */
    boolean isMapping(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof MappingNode;
    }

    /** Whether the key's value is a list ({@code [a, b]} or lines starting with -). */
    boolean isList(String key) {
        NodeTuple tuple = entries.get(key);
        return tuple != null && tuple.getValueNode() instanceof SequenceNode;
    }

    /** The key as written that equals {@code name} ignoring case, as Hugo reads {@code publishDate}. */
    Optional<String> keyIgnoringCase(String name) {
        return entries.keySet().stream().filter(key -> key.equalsIgnoreCase(name)).findFirst();
    }

    /** A yes/no value: true, false, and YAML 1.1's yes, no, on, off, as Jekyll's YAML reads them. */
    Optional<Boolean> flag(String key) {
        return string(key).map(text -> switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw error(lineOf(key), "'" + key + "' must be true or false, not '" + text + "'.");
        });
    }

    Optional<String> string(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(scalar(key, tuple.getValueNode()).strip());
    }

    /** A non-empty string; an empty value is an error (e.g. {@code title: ""}). */
    Optional<String> nonBlank(String key) {
        boolean present = entries.containsKey(key);
        Optional<String> value = string(key);
        if (present && value.map(String::isBlank).orElse(true)) {
            throw error(lineOf(key), "'" + key + "' is empty. Give it a value or remove the line.");
        }
        return value;
    }

    /** A single string or a list of strings, as {@code author} may be. */
    List<Item> strings(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        Node value = tuple.getValueNode();
        List<Item> items = new ArrayList<>();
        if (value instanceof SequenceNode sequence) {
            for (Node element : sequence.getValue()) {
                items.add(new Item(scalar(key, element).strip(), lineOf(element)));
            }
        } else {
            items.add(new Item(scalar(key, value).strip(), lineOf(value)));
        }
        items.removeIf(item -> item.value().isEmpty());
        return items;
    }

    Optional<LocalDate> date(String key) {
        return string(key).map(text -> {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw error(lineOf(key), "'" + key + "' is not a date: '" + text
                        + "'. Write it as YYYY-MM-DD, such as 2009-03-21.");
            }
        });
    }

    /** The line the mapping starts on. */
    int line() {
        return line;
    }

    /** A list of mappings, as {@code parts:} is: each item's keys indented under its dash. */
    List<YamlMap> maps(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return List.of();
        }
        if (!(tuple.getValueNode() instanceof SequenceNode sequence)) {
            throw error(lineOf(tuple.getValueNode()), "'" + key + "' must be a list: each item on a line of "
                    + "its own starting with '- '.");
        }
        List<YamlMap> maps = new ArrayList<>();
        for (Node element : sequence.getValue()) {
            maps.add(asMap(element, "each item of '" + key + "'"));
        }
        return maps;
    }

    Optional<YamlMap> map(String key) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null || isNull(tuple.getValueNode())) {
            return Optional.empty();
        }
        return Optional.of(asMap(tuple.getValueNode(), "'" + key + "'"));
    }

    InputException error(int atLine, String message) {
        return new InputException(file, atLine, message);
    }

    private YamlMap asMap(Node node, String what) {
        if (!(node instanceof MappingNode mapping)) {
            throw error(lineOf(node), what + " must be a mapping of keys to values (key: value).");
        }
        Map<String, NodeTuple> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar("a key", tuple.getKeyNode());
            if (entries.put(key, tuple) != null) {
                throw error(lineOf(tuple.getKeyNode()), "the key '" + key + "' appears twice. Keep one.");
            }
        }
        return new YamlMap(file, firstLine, lineOf(node), entries);
    }

    private String scalar(String key, Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue();
        }
        throw error(lineOf(node), "'" + key + "' must be " + (node instanceof SequenceNode
                ? "a single value, not a list." : "a single value, not a mapping.")
                + " Write it as " + key + ": text.");
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
