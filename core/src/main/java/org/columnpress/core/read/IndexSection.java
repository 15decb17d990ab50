package org.columnpress.core.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.InputException;
import org.columnpress.core.Reporter;

/**
 * book.yaml's {@code index:}: the terms of the book's index, each with the words that count as an
 * occurrence, as a list there or in a file beside it ({@code index: index.yaml}) that holds the same list.
 * Every mistake is kept in the errors.
 */
final class IndexSection {

    private static final List<String> KEYS = List.of("term", "find", "see-also");

    /**
     * A term as written.
     *
     * @param find    the words that count as an occurrence: {@code find:}, else the term itself
     * @param seeAlso other terms' printed forms, each checked to be a term
     */
    record TermSpec(String term, List<String> find, List<String> seeAlso, Path file, int line) {
    }

    private IndexSection() {
    }

    static List<TermSpec> read(YamlMap yaml, Reporter reporter, ReadErrors errors) {
        if (!yaml.keys().contains("index")) {
            return List.of();
        }
        YamlMap source = yaml;
        if (!yaml.isList("index")) {
            Optional<String> name = errors.attempt(() -> yaml.nonBlank("index"), Optional.empty());
            if (name.isEmpty()) {
                return List.of();
            }
            Path directory = yaml.file().toAbsolutePath().getParent();
            Path file = directory.resolve(name.get()).normalize();
            if (!file.startsWith(directory.normalize()) || !Files.isRegularFile(file)) {
                errors.add(yaml.error(yaml.lineOf("index"), "the index file '" + name.get() + "' is not a file "
                        + "beside book.yaml. Create it with the list of terms (- term: …), or write the list "
                        + "under index: here."));
                return List.of();
            }
            // the file holds the list itself: read it as the value of an index: key, lines counted from its own
            source = errors.attempt(() -> YamlMap.parse(file, "index:\n" + SourceText.read(file, reporter), 0), null);
            if (source == null) {
                return List.of();
            }
        }
        YamlMap list = source;
        List<YamlMap> items = errors.attempt(() -> list.maps("index"), List.of());
        List<TermSpec> terms = new ArrayList<>();
        Map<String, TermSpec> byTerm = new HashMap<>();
        for (YamlMap item : items) {
            errors.attempt(() -> item.requireKnownKeys(KEYS));
            Optional<String> term = errors.attempt(() -> item.nonBlank("term"), Optional.empty());
            if (term.isEmpty()) {
                if (!item.keys().contains("term")) {
                    errors.add(item.error(item.line(), "the index entry has no term. Give it a line 'term: …', "
                            + "as it is to be printed (Rutte, Mark)."));
                }
                continue;
            }
            boolean findGiven = item.keys().contains("find");
            List<String> find = errors.attempt(() -> item.strings("find"), List.<YamlMap.Item>of()).stream()
                    .map(YamlMap.Item::value).toList();
            if (findGiven && find.isEmpty()) {
                errors.add(item.error(item.lineOf("find"), "the term '" + term.get() + "' has an empty find list, "
                        + "so nothing would find it. List the words that count, or remove the line to find the "
                        + "term itself."));
            }
            List<YamlMap.Item> seeAlso = errors.attempt(() -> item.strings("see-also"), List.of());
            TermSpec spec = new TermSpec(term.get(), find.isEmpty() ? List.of(term.get()) : find,
                    seeAlso.stream().map(YamlMap.Item::value).toList(), item.file(), item.line());
            TermSpec earlier = byTerm.putIfAbsent(term.get(), spec);
            if (earlier != null) {
                errors.add(item.error(item.lineOf("term"), "the term '" + term.get() + "' is in the index twice "
                        + "(line " + earlier.line() + " too). Merge the two entries: one term, all its find words."));
                continue;
            }
            terms.add(spec);
        }
        for (YamlMap item : items) {
            for (YamlMap.Item also : errors.attempt(() -> item.strings("see-also"), List.<YamlMap.Item>of())) {
                if (!byTerm.containsKey(also.value())) {
                    errors.add(new InputException(item.file(), also.line(), "'see-also: " + also.value() + "' names "
                            + "no term of the index." + CloseMatches.suggestion(also.value(), byTerm.keySet())
                            + " Write a term exactly as its term: line does."));
                }
            }
        }
        return terms;
    }
}
