package org.columnpress.core.read;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.columnpress.core.CloseMatches;
import org.columnpress.core.Reporter;
import org.columnpress.core.Warning;

/**
 * A column's front matter: our own keys, and the keys Jekyll, Hugo, Eleventy and WordPress exports write,
 * so that a blog's posts copied into {@code columns/} build as they are. A site generator's key that means
 * something in a book is read as one of ours where ours is not given; the rest are ignored quietly; any
 * other key is warned about at its line. With {@code strict: true} in book.yaml only our own keys are
 * allowed. Site generators' keys are compared ignoring case, as Hugo does ({@code publishDate}).
 */
final class FrontMatter {

    /** Our own keys. */
    static final List<String> KEYS = List.of(
            "title", "subtitle", "author", "date", "source", "language", "tags", "bio", "copyright");

    // Site generators' keys that mean something in a book, in lower case, in the order they are looked at.

    /** The subtitle: the summary a post carries for the site's lists, feeds and search engines. */
    private static final List<String> SUBTITLE = List.of("description", "excerpt", "summary");
    /** More tags, added to ours: categories (Jekyll, Hugo, WordPress) and Jekyll's singular forms. */
    private static final List<String> TAGS = List.of("categories", "category", "tag");
    /** The date: Hugo's and WordPress's publication dates ({@code published} when it is not a yes or no). */
    private static final List<String> DATE = List.of("publishdate", "pubdate", "published");
    /** The authors: Hugo's taxonomy of authors. */
    private static final List<String> AUTHOR = List.of("authors");
    /** The language: Jekyll's (jekyll-polyglot, jekyll-seo-tag) and Hexo's. */
    private static final List<String> LANGUAGE = List.of("lang");
    /**
     * Leave the column out: {@code draft: true} (Hugo, Eleventy, most themes), {@code published: false}
     * (Jekyll, Hexo) and a WordPress export's {@code status} of a post that was never public.
     */
    private static final List<String> DRAFT = List.of("draft", "published", "status");
    private static final Set<String> UNPUBLISHED = Set.of("draft", "pending", "private", "trash", "auto-draft");

    /** Site generators' keys that mean nothing in a book, ignored quietly; in lower case. */
    private static final Set<String> IGNORED = Set.of(
            // where the page goes on the site and which template shows it (Jekyll, Hugo, Eleventy)
            "layout", "permalink", "slug", "url", "aliases", "redirect_from", "redirect_to", "type", "kind",
            "outputs", "markup", "translationkey", "iscjklanguage", "headless", "build", "cascade",
            "resources", "params", "collection", "templateengineoverride", "dynamicpermalink",
            "eleventycomputed", "eleventyimport",
            // how the site lists, orders and links its pages
            "weight", "menu", "menus", "linktitle", "sitemap", "pagination", "eleventynavigation",
            "eleventyexcludefromcollections", "series", "pinned", "sticky", "featured", "hidden", "parent",
            "nav_order", "related", "hiddenfromhomepage", "hiddenfromsearch", "search",
            // dates the book has no use for
            "lastmod", "last_modified_at", "modified", "updated", "date_modified", "expirydate",
            "unpublishdate",
            // the page's furniture: comments, sharing, table of contents, maths, reading time, theme switches
            "comments", "comment", "disablecomments", "share", "toc", "toc_label", "toc_icon", "toc_sticky",
            "showtoc", "math", "mathjax", "katex", "readingtime", "read_time", "showreadingtime", "showdate",
            "show_date", "showauthor", "author_profile", "classes", "excerpt_separator", "disablenunjucks",
            "license",
            // pictures for cards, banners and feeds (the images in the text are printed)
            "image", "images", "cover", "banner", "header", "hero", "teaser", "thumbnail", "featured_image",
            "featuredimage", "feature_image", "og_image", "socialimage",
            // search engines and social sites
            "keywords", "canonical_url", "canonicalurl", "robots", "noindex", "seo", "og", "twitter",
            // what WordPress exports keep from the blog's database
            "id", "guid", "wordpress_id", "wordpress_url", "post_id", "meta", "dsq_thread_id",
            "parent_id", "author_login", "author_email", "password");

    private static final List<String> MAPPED = Stream.of(SUBTITLE, TAGS, DATE, AUTHOR, LANGUAGE, DRAFT)
            .flatMap(List::stream).distinct().toList();

    private final YamlMap yaml;

    private FrontMatter(YamlMap yaml) {
        this.yaml = yaml;
    }

    /**
     * Checks the keys: with {@code strict}, any key not ours is an error; otherwise a key neither ours nor
     * a site generator's is a warning naming its line.
     */
    static FrontMatter read(YamlMap yaml, boolean strict, Reporter reporter) {
        if (strict) {
            yaml.requireKnownKeys(KEYS, " book.yaml says strict: true, so site generators' keys are refused"
                    + " too; remove the key, or strict.");
        } else {
            List<String> suggestible = Stream.concat(KEYS.stream(), MAPPED.stream()).toList();
            for (String key : yaml.keys()) {
                String lower = key.toLowerCase(Locale.ROOT);
                if (!KEYS.contains(key) && !MAPPED.contains(lower) && !IGNORED.contains(lower)) {
                    reporter.warn(new Warning("unknown front-matter keys ignored", yaml.file(), yaml.lineOf(key),
                            "unknown key '" + key + "', ignored: neither a column's nor a site generator's."
                            + CloseMatches.suggestion(key, suggestible) + " Column keys: " + String.join(", ", KEYS)
                            + "."));
                }
            }
        }
        return new FrontMatter(yaml);
    }

    /** The map itself, for the keys that need no mapping. */
    YamlMap yaml() {
        return yaml;
    }

    /** Why the column is left out ({@code draft: true}), or empty when it is printed. */
    Optional<String> draft() {
        for (String name : DRAFT) {
            Optional<String> key = yaml.keyIgnoringCase(name);
            if (key.isEmpty()) {
                continue;
            }
            String value = yaml.string(key.get()).orElse("");
            boolean left = switch (name) {
                case "draft" -> yaml.flag(key.get()).orElse(false);
                case "published" -> isFlag(value) && !yaml.flag(key.get()).orElse(true);
                default -> UNPUBLISHED.contains(value.toLowerCase(Locale.ROOT));
            };
            if (left) {
                return Optional.of(key.get() + ": " + value);
            }
        }
        return Optional.empty();
    }

    Optional<String> subtitle() {
        return yaml.nonBlank("subtitle").or(() -> SUBTITLE.stream().map(this::generatorText)
                .flatMap(Optional::stream).findFirst());
    }

    List<String> authors() {
        List<String> own = authors("author");
        if (own.isEmpty()) {
            own = AUTHOR.stream().flatMap(name -> yaml.keyIgnoringCase(name).stream()).findFirst()
                    .map(this::authors).orElse(List.of());
        }
        return own;
    }

    /**
     * A name or a list of names; or a person as a mapping, as WordPress exports ({@code display_name}) and
     * jekyll-seo-tag ({@code name}) write one.
     */
    private List<String> authors(String key) {
        if (yaml.isMapping(key)) {
            YamlMap person = yaml.map(key).orElseThrow();
            return Stream.of("display_name", "name").map(person::string).flatMap(Optional::stream)
                    .filter(name -> !name.isBlank()).limit(1).toList();
        }
        return yaml.strings(key).stream().map(YamlMap.Item::value).toList();
    }

    /** The date as written in its own zone; a value that is no date is an error at its line. */
    Optional<LocalDate> date() {
        return date("date").or(() -> DATE.stream().flatMap(name -> yaml.keyIgnoringCase(name).stream())
                .filter(key -> !isFlag(yaml.string(key).orElse(""))).map(this::date)
                .flatMap(Optional::stream).findFirst());
    }

    Optional<String> language() {
        return Languages.tag(yaml, "language").or(() -> LANGUAGE.stream()
                .flatMap(name -> yaml.keyIgnoringCase(name).stream()).findFirst()
                .flatMap(key -> Languages.tag(yaml, key)));
    }

    /**
     * Our tags and the categories, each once. A list gives its items; a single string, as Jekyll writes
     * them, gives the words separated by spaces or commas.
     */
    List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        List<String> keys = new ArrayList<>();
        if (yaml.keys().contains("tags")) {
            keys.add("tags");
        }
        TAGS.forEach(name -> yaml.keyIgnoringCase(name).ifPresent(keys::add));
        for (String key : keys) {
            for (YamlMap.Item item : yaml.strings(key)) {
                if (yaml.isList(key)) {
                    tags.add(item.value());
                } else {
                    tags.addAll(List.of(item.value().split("[,\\s]+")));
                }
            }
        }
        tags.remove("");
        return List.copyOf(tags);
    }

    private Optional<String> generatorText(String name) {
        return yaml.keyIgnoringCase(name).flatMap(yaml::string).filter(text -> !text.isBlank());
    }

    private Optional<LocalDate> date(String key) {
        return yaml.string(key).filter(text -> !text.isBlank()).map(text -> ColumnDates.parse(text)
                .orElseThrow(() -> yaml.error(yaml.lineOf(key), "'" + key + "' is not a date: '" + text
                        + "'. Write it as YYYY-MM-DD, such as 2009-03-21, or with a time and zone, such as"
                        + " 2009-03-21 08:15:00 +0100.")));
    }

    private static boolean isFlag(String value) {
        return Set.of("true", "false", "yes", "no", "on", "off").contains(value.toLowerCase(Locale.ROOT));
    }
}
