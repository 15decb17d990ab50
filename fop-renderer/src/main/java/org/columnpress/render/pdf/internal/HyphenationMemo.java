package org.columnpress.render.pdf.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.HyphenationTreeCache;
import org.apache.fop.hyphenation.Hyphenator;

/**
 * Remembers how FOP hyphenated each word, per language, for every document of one FOP factory.
 *
 * <p>FOP looks a word up in its pattern tree each time a paragraph needs hyphenating, and a book repeats its
 * words thousands of times; the print interior, laid out beside the book PDF, hyphenates the same words
 * again. FOP keeps one pattern tree per language in its factory's cache: this puts in its place a tree that
 * answers from a table of words already hyphenated and asks the real tree for the rest. The answer for a
 * word depends on nothing but the word, the language and the two minimum counts, so the pages are the
 * same, byte for byte; FOP only reads the hyphenation points it is given.
 */
final class HyphenationMemo {

    /** Enough for the vocabulary of a long book in several languages (about 10 MB when full). */
    static final int MAX_WORDS = 100_000;

    private HyphenationMemo() {
    }

    /**
     * Puts a remembering tree in {@code factory}'s cache for each language (BCP 47 tags, as the book XML's
     * {@code xml:lang}) that FOP has patterns for; a language already remembered is left as it is.
     */
    static void install(FopFactory factory, Iterable<String> languages) {
        HyphenationTreeCache cache = factory.getHyphenationTreeCache();
        for (String tag : languages) {
            Locale locale = Locale.forLanguageTag(tag);
            String language = locale.getLanguage();
            if (language.isEmpty()) {
                continue;
            }
            // As FOP reads xml:lang: "en-GB" is language "en", country "GB", its cache key "en_GB".
            String country = locale.getCountry().isEmpty() ? null : locale.getCountry();
            String key = HyphenationTreeCache.constructLlccKey(language, country);
            synchronized (cache) {
                HyphenationTree tree = exactly(cache, key);
                if (tree instanceof RememberingTree) {
                    continue;
                }
                // FOP's patterns (fop-hyph's; FopSetup configures none of the user's own), falling back from
                // "en_GB" to "en" as FOP does. Unlike FOP's cache, which gives an "en-GB" text the "en" tree
                // when an English text came first, each language gets its own patterns whatever the order.
                if (tree == null) {
                    tree = Hyphenator.getFopHyphenationTree(key);
                }
                if (tree == null && country != null) {
                    tree = exactly(cache, language);
                    if (tree == null) {
                        tree = Hyphenator.getFopHyphenationTree(language);
                    }
                }
                // A language without patterns is left for FOP to report while it lays the text out.
                if (tree != null) {
                    cache.cache(key, tree instanceof RememberingTree ? tree : new RememberingTree(tree));
                }
            }
        }
    }

    /** The tree FOP's cache holds under this very key ("en_GB"), not its fallback to the language's. */
    private static HyphenationTree exactly(HyphenationTreeCache cache, String key) {
        return cache.getHyphenationTree(key, null);
    }

    /** How many words {@code factory}'s tree for {@code key} ("nl", "en_GB") remembers; -1 without one. */
    static int remembered(FopFactory factory, String key) {
        HyphenationTree tree = exactly(factory.getHyphenationTreeCache(), key);
        return tree instanceof RememberingTree remembering ? remembering.words.size() : -1;
    }

    /**
     * A pattern tree that answers {@link #hyphenate(String, int, int)}, the one question FOP's layout asks
     * of it, from memory. Its own (empty) tree is never searched.
     */
    private static final class RememberingTree extends HyphenationTree {

        private static final long serialVersionUID = 1L;

        private final transient HyphenationTree patterns;
        private final transient Map<Word, Optional<Hyphenation>> words = new ConcurrentHashMap<>();

        RememberingTree(HyphenationTree patterns) {
            this.patterns = patterns;
        }

        @Override
        public Hyphenation hyphenate(String word, int remainCharCount, int pushCharCount) {
            Word key = new Word(word, remainCharCount, pushCharCount);
            Optional<Hyphenation> known = words.get(key);
            if (known != null) {
                return known.orElse(null);
            }
            Hyphenation hyphenation = patterns.hyphenate(word, remainCharCount, pushCharCount);
            if (words.size() < MAX_WORDS) {
                words.putIfAbsent(key, Optional.ofNullable(hyphenation));
            }
            return hyphenation;
        }

        @Override
        public Hyphenation hyphenate(char[] w, int offset, int len, int remainCharCount, int pushCharCount) {
            return patterns.hyphenate(w, offset, len, remainCharCount, pushCharCount);
        }

        @Override
        public String findPattern(String pat) {
            return patterns.findPattern(pat);
        }
    }

    private record Word(String text, int remain, int push) {
    }
}
