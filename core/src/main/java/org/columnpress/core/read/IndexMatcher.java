package org.columnpress.core.read;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the index's words in running text in one pass over it, whatever the number of words (an Aho–Corasick
 * automaton: time linear in the text plus the matches, not words x text).
 *
 * <p>Rules: whole words only; a word written in lower case matches any case ("trein" finds "Trein" at the
 * start of a sentence), one with a capital matches only as written ("NS" does not find "ns"); case is
 * folded in the text's language (Turkish dotted and dotless i); diacritics count ("een" does not find
 * "één"); never inside a web address; where two words overlap, the earlier and then the longer wins
 * ("Mark Rutte" before "Rutte").
 */
final class IndexMatcher {

    /** A word to find, and the term (an index into the caller's list) it counts for. */
    record Word(String text, int term) {
    }

    /** A found word: {@code text.substring(start, end)}, counting for {@code term}. */
    record Match(int start, int end, int term) {
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");

    private final List<String> words = new ArrayList<>();
    private final List<Integer> terms = new ArrayList<>();
    private final List<Boolean> exactCase = new ArrayList<>();
    /** One automaton per way of folding case: the usual, and Turkish. */
    private final Map<Boolean, Automaton> automata = new HashMap<>();

    IndexMatcher(List<Word> words) {
        for (Word word : words) {
            String text = Normalizer.normalize(word.text().strip(), Normalizer.Form.NFC);
            this.words.add(text);
            this.terms.add(word.term());
            this.exactCase.add(!text.equals(text.toLowerCase(Locale.ROOT)));
        }
    }

    /** The words found in {@code text} (NFC, as the readers leave it), in order, none overlapping. */
    List<Match> find(String text, String language) {
        boolean turkish = List.of("tr", "az").contains(Locale.forLanguageTag(language).getLanguage());
        Automaton automaton = automata.computeIfAbsent(turkish, t -> new Automaton(words, t));
        List<int[]> webAddresses = new ArrayList<>();
        Matcher web = WEB_ADDRESS.matcher(text);
        while (web.find()) {
            webAddresses.add(new int[] {web.start(), web.end()});
        }
        List<Match> found = new ArrayList<>();
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = automaton.next(state, fold(text.charAt(i), turkish));
            for (int k = automaton.output(state); k >= 0; k = automaton.nextOutput(k)) {
                int word = automaton.word(k);
                int end = i + 1;
                int start = end - words.get(word).length();
                if (wholeWord(text, start, end) && (!exactCase.get(word) || text.startsWith(words.get(word), start))
                        && webAddresses.stream().noneMatch(w -> start < w[1] && end > w[0])) {
                    found.add(new Match(start, end, terms.get(word)));
                }
            }
        }
        found.sort(Comparator.comparingInt(Match::start).thenComparing(m -> -(m.end() - m.start())));
        List<Match> kept = new ArrayList<>();
        int end = 0;
        for (Match match : found) {
            if (match.start() >= end) {
                kept.add(match);
                end = match.end();
            }
        }
        return kept;
    }

    private static boolean wholeWord(String text, int start, int end) {
        return (start == 0 || !wordChar(text.charAt(start - 1))) && (end == text.length() || !wordChar(text.charAt(end)));
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Lower case, one char for one, so that positions in the folded text are positions in the text. */
    private static char fold(char c, boolean turkish) {
        if (turkish && c == 'I') {
            return 'ı';
        }
        if (turkish && c == 'İ') {
            return 'i';
        }
        return Character.toLowerCase(c);
    }

    /** The automaton: a trie of the folded words with failure links, and each state's words as a chain. */
    private static final class Automaton {
        private final Map<Long, Integer> edges = new HashMap<>();
        private final List<Integer> fail = new ArrayList<>();
        /** Per state, the first entry of its output chain, or -1. */
        private final List<Integer> firstOutput = new ArrayList<>();
        /** Output chain entries: the word, and the next entry. */
        private final List<int[]> outputs = new ArrayList<>();

        Automaton(List<String> words, boolean turkish) {
            newState();
            List<List<Integer>> own = new ArrayList<>();
            own.add(new ArrayList<>());
            for (int w = 0; w < words.size(); w++) {
                int state = 0;
                for (char c : words.get(w).toCharArray()) {
                    long key = key(state, fold(c, turkish));
                    Integer to = edges.get(key);
                    if (to == null) {
                        to = newState();
                        own.add(new ArrayList<>());
                        edges.put(key, to);
                    }
                    state = to;
                }
                own.get(state).add(w);
            }
            // Breadth first: a state's failure link is the longest proper suffix that is a state; its output
            // chain its own words, then its failure state's chain.
            Map<Integer, List<long[]>> children = new HashMap<>();
            edges.forEach((key, to) -> children.computeIfAbsent((int) (key >>> 16), s -> new ArrayList<>())
                    .add(new long[] {key & 0xFFFF, to}));
            Queue<Integer> queue = new ArrayDeque<>();
            queue.add(0);
            while (!queue.isEmpty()) {
                int state = queue.remove();
                int chain = state == 0 ? -1 : firstOutput.get(fail.get(state));
                for (int word : own.get(state)) {
                    outputs.add(new int[] {word, chain});
                    chain = outputs.size() - 1;
                }
                firstOutput.set(state, chain);
                for (long[] child : children.getOrDefault(state, List.of())) {
                    int to = (int) child[1];
                    fail.set(to, state == 0 ? 0 : next(fail.get(state), (char) child[0]));
                    queue.add(to);
                }
            }
        }

        private int newState() {
            fail.add(0);
            firstOutput.add(-1);
            return fail.size() - 1;
        }

        private static long key(int state, char c) {
            return ((long) state << 16) | c;
        }

        int next(int state, char c) {
            while (true) {
                Integer to = edges.get(key(state, c));
                if (to != null) {
                    return to;
                }
                if (state == 0) {
                    return 0;
                }
                state = fail.get(state);
            }
        }

        int output(int state) {
            return firstOutput.get(state);
        }

        int nextOutput(int entry) {
            return outputs.get(entry)[1];
        }

        int word(int entry) {
            return outputs.get(entry)[0];
        }
    }
}
