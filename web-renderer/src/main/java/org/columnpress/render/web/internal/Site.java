package org.columnpress.render.web.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Matter;
import org.columnpress.core.model.Part;

/**
 * Where everything lives in the site and in which order it is listed. Paths are relative to the site's root,
 * with {@code /}; a page is a folder's {@code index.html}, so that its address on a server is clean
 * ({@code de-trein/}, the canonical one); the pages link the file itself, so that they open from the disk too.
 */
final class Site {

    static final String INDEX = "index.html";
    static final String CSS = "style.css";
    static final String FEED = "feed.xml";
    static final String SITEMAP = "sitemap.xml";
    static final String IMAGES = "images/";
    static final String FONTS = "fonts/";

    /** A tag and the folder of its page. */
    record Tag(String name, String folder, List<Column> columns) {
    }

    private final Book book;

    Site(Book book) {
        this.book = book;
    }

    /** A column's folder: its id, which the reader made safe in file names ({@code 2024-05-17-the-quiet-shop/}). */
    static String column(Column column) {
        return column.id() + "/";
    }

    /** A part's folder: its id, never a column's ({@code part_1/}). */
    static String part(Part part) {
        return part.id() + "/";
    }

    /** A piece of front or back matter's folder: its id, never a column's ({@code matter_foreword/}). */
    static String matter(Matter matter) {
        return matter.id() + "/";
    }

    /**
     * The front and back matter the site shows, each on a page of its own, in the book's order: what the writer
     * wrote under a heading (a foreword, about the author), not what is printed alone (a dedication, an
     * epigraph) nor what Columnpress makes for print (a half-title, a colophon).
     */
    static List<Matter> pages(List<Matter> matter) {
        return matter.stream().filter(m -> !m.generated() && m.kind().style() != Matter.Style.ALONE
                && m.title().isPresent()).toList();
    }

    /** A column's own PDF, beside its page. */
    static String pdf(Column column) {
        return column(column) + pdfName(column);
    }

    /** The name of a column's own PDF, as its page links it. */
    static String pdfName(Column column) {
        return column.id() + ".pdf";
    }

    /**
     * The absolute address of a path of the site published at {@code siteUrl}, its non-ASCII letters (a tag's
     * folder may have them: {@code tags/日本/}) percent-encoded, as a sitemap requires.
     */
    static String address(String siteUrl, String path) {
        try {
            return siteUrl + new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a path: " + path, e);
        }
    }

    /** The way up from a folder to the root: {@code ../} per level, nothing for the root. */
    static String root(String folder) {
        return "../".repeat((int) folder.chars().filter(c -> c == '/').count());
    }

    /**
     * The link from the page in folder {@code from} to the page in folder {@code to} ("" for the root): to its
     * {@code index.html}, as a browser shows a folder listing for a folder link opened from the disk.
     */
    static String link(String from, String to) {
        return root(from) + to + INDEX;
    }

    /**
     * The columns newest first: by date, a column with only a year after the dated ones of that year, and
     * those without a year last; the book's order where they tie.
     */
    List<Column> newestFirst() {
        Comparator<Column> byYear = Comparator.comparing(
                (Column c) -> c.year().map(Year::getValue).orElse(Integer.MIN_VALUE));
        Comparator<Column> byDate = Comparator.comparing((Column c) -> c.date().orElse(LocalDate.MIN));
        return book.columns().stream().sorted(byYear.thenComparing(byDate).reversed()).toList();
    }

    /** {@link #newestFirst()} grouped by year, newest year first; the columns without a year under empty. */
    Map<Optional<Year>, List<Column>> byYear() {
        Map<Optional<Year>, List<Column>> years = new LinkedHashMap<>();
        newestFirst().forEach(column -> years.computeIfAbsent(column.year(), y -> new ArrayList<>()).add(column));
        return years;
    }

    /**
     * The tags of the columns, by their folders' names (tags that differ only in case or accents are one, named
     * as the book first writes it), each with its columns newest first.
     */
    List<Tag> tags() {
        Map<String, String> names = new TreeMap<>();
        book.columns().forEach(column -> column.tags().stream().filter(tag -> !slug(tag).isEmpty())
                .forEach(tag -> names.putIfAbsent(slug(tag), tag.strip())));
        List<Column> newest = newestFirst();
        return names.entrySet().stream().map(e -> new Tag(e.getValue(), tag(e.getKey()), newest.stream()
                .filter(column -> column.tags().stream().anyMatch(tag -> slug(tag).equals(e.getKey()))).toList()))
                .toList();
    }

    /** A tag's folder ({@code tags/werk/}). */
    static String tag(String tag) {
        return "tags/" + slug(tag) + "/";
    }

    /** The name a tag's folder gets: lower case letters and digits, accents dropped, hyphens between words. */
    static String slug(String tag) {
        String plain = Normalizer.normalize(tag, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The column before and after {@code index} in the book's reading order. */
    Optional<Column> previous(int index) {
        return index > 0 ? Optional.of(book.columns().get(index - 1)) : Optional.empty();
    }

    Optional<Column> next(int index) {
        return index + 1 < book.columns().size() ? Optional.of(book.columns().get(index + 1)) : Optional.empty();
    }
}
