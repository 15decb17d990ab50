package org.columnpress.core.read;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * Counts the site-generator markup a column loses, kind by kind, and warns once per kind: a post full of
 * {@code {% include %}} tags gives one line in the build log, with the count and the first line.
 */
final class MarkupTally {

    private record Kind(String group, String shown, String advice, int firstLine, int count) {
    }

    private final Map<String, Kind> kinds = new LinkedHashMap<>();

    /**
     * @param key    what is counted together, such as "hugo:ref" or "liquid:if"
     * @param group  the warning's kind, which a build log groups across columns, such as
     *               "kinds of Liquid tag removed from a column"
     * @param shown  how the message names it, such as "the Hugo shortcode {{< ref >}}"
     * @param advice what the message says happened and what to do
     * @param line   the 1-based line in the column file
     */
    void count(String key, String group, String shown, String advice, int line) {
        kinds.merge(key, new Kind(group, shown, advice, line, 1),
                (old, one) -> new Kind(old.group(), old.shown(), old.advice(), old.firstLine(), old.count() + 1));
    }

    void report(Path file, Reporter reporter) {
        kinds.values().stream().sorted(java.util.Comparator.comparingInt(Kind::firstLine)).forEach(kind ->
                reporter.warn(new Warning(kind.group(), file, kind.firstLine(), kind.shown() + " "
                        + (kind.count() == 1 ? "(once)" : "(" + kind.count() + " times, first here)") + " "
                        + kind.advice())));
    }
}
