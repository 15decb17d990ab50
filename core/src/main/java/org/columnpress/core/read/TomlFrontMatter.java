package org.columnpress.core.read;

import java.nio.file.Path;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.InputException;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Hugo's TOML front matter (between {@code +++} lines, what its default archetype writes), read by tomlj
 * into the same {@link YamlMap} as YAML front matter: its tables, arrays and values become the YAML
 * parser's nodes, each marked with its line, so that {@link FrontMatter}'s key rules and YamlMap's typed
 * getters and messages serve both. A TOML date-time is a value of its own type; it becomes its ISO text
 * with its offset ({@code 2020-05-26T07:30+02:00}), which {@link ColumnDates} reads as it reads YAML's:
 * the date as written, in its own zone.
 */
final class TomlFrontMatter {

    /** Arrays and inline tables nested deeper than this are refused before the parser recurses into them. */
    static final int MAX_DEPTH = 32;

    private TomlFrontMatter() {
    }

    /** Parses {@code text}, which starts at 1-based line {@code firstLine} of {@code file}. */
    static YamlMap parse(Path file, String text, int firstLine) {
        checkDepth(file, text, firstLine);
        TomlParseResult toml;
        try {
            toml = Toml.parse(text);
        } catch (RuntimeException e) {
            throw new InputException(file, firstLine, "the TOML front matter cannot be read: " + e.getMessage()
                    + ".", e);
        }
        if (toml.hasErrors()) {
            TomlParseError error = toml.errors().get(0);
            int line = error.position() == null ? firstLine : error.position().line() - 1 + firstLine;
            throw new InputException(file, line, "the TOML front matter does not parse: "
                    + error.getMessage().strip().replaceAll("\\.$", "") + ". Quote text values (title = \"…\"), "
                    + "write each key once, and a date as 2020-05-26 or 2020-05-26T07:30:00Z.");
        }
        Nodes nodes = new Nodes(file.toString());
        return YamlMap.of(file, nodes.table(toml, nodes.start()), firstLine);
    }

    /** Refuses brackets nested past {@link #MAX_DEPTH}, counted over the whole text, strings too. */
    private static void checkDepth(Path file, String text, int firstLine) {
        int depth = 0;
        int line = firstLine;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '[' || c == '{') {
                if (++depth > MAX_DEPTH) {
                    throw new InputException(file, line, "the TOML front matter nests arrays or tables more than "
                            + MAX_DEPTH + " deep. Front matter needs a few plain keys: title, date, tags.");
                }
            } else if ((c == ']' || c == '}') && depth > 0) {
                depth--;
            }
        }
    }

    /** Turns tomlj's values into YAML nodes marked with their positions. */
    private record Nodes(String name) {

        Node table(TomlTable table, Mark at) {
            List<NodeTuple> tuples = new ArrayList<>();
            for (String key : table.keySet()) {
                List<String> path = List.of(key);
                Mark keyAt = Optional.ofNullable(table.inputPositionOf(path)).map(this::mark).orElse(at);
                tuples.add(new NodeTuple(scalar(Tag.STR, key, keyAt), value(table.get(path), keyAt)));
            }
            return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, Optional.of(at), Optional.of(at));
        }

        private Node array(TomlArray array, Mark at) {
            List<Node> items = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Mark itemAt = Optional.ofNullable(array.inputPositionOf(i)).map(this::mark).orElse(at);
                items.add(value(array.get(i), itemAt));
            }
            return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, Optional.of(at), Optional.of(at));
        }

        private Node value(Object value, Mark at) {
            if (value instanceof TomlTable table) {
                return table(table, at);
            }
            if (value instanceof TomlArray array) {
                return array(array, at);
            }
            if (value instanceof Boolean) {
                return scalar(Tag.BOOL, value.toString(), at);
            }
            if (value instanceof Long) {
                return scalar(Tag.INT, value.toString(), at);
            }
            if (value instanceof Double) {
                return scalar(Tag.FLOAT, value.toString(), at);
            }
            if (value instanceof String || value instanceof TemporalAccessor) {
                return scalar(Tag.STR, value.toString(), at);
            }
            throw new IllegalStateException("a TOML value of an unknown type: " + value.getClass());
        }

        private static Node scalar(Tag tag, String text, Mark at) {
            return new ScalarNode(tag, true, text, ScalarStyle.PLAIN, Optional.of(at), Optional.of(at));
        }

        /** The first line: where a key without a position of its own (an implicit table) is said to be. */
        Mark start() {
            return new Mark(name, 0, 0, 0, new int[0], 0);
        }

        /** tomlj counts lines and columns from 1, YAML's marks from 0. */
        private Mark mark(TomlPosition at) {
            return new Mark(name, 0, at.line() - 1, Math.max(0, at.column() - 1), new int[0], 0);
        }
    }
}
