package org.columnpress.core.model;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.columnpress.core.print.PrintEdition;

/**
 * A book of columns with its metadata, as read from a book folder ({@code book.yaml} and
 * {@code columns/}).
 *
 * @param directory   the book folder; every image and the cover lie inside it
 * @param title       never blank
 * @param authors     may be empty (an anonymous anthology)
 * @param language    BCP 47 tag such as {@code nl} or {@code en-GB}
 * @param identifier  a URN: {@code urn:isbn:...} when the book has an ISBN, else a stable {@code urn:uuid:...}
 * @param cover       the cover image, absolute and inside {@code directory}
 * @param columns     in reading order
 * @param labels      the fixed words the renderers print, in the book's language
 * @param print       the print edition {@code book.yaml} asks for (printer, trim, paper, back-cover text);
 *                    empty for none
 * @param front       the front matter (half-title, dedication, foreword, ...) in the order it is printed,
 *                    around the title pages and the contents, before the first part or column
 * @param parts       the parts that group the columns, in order; empty for a book of columns alone. When
 *                    given, each column is in exactly one part, and the parts list them in {@code columns}'
 *                    order
 * @param back        the back matter (afterword, about the author, ...) in the order it is printed, after
 *                    the columns; the sources page stands before the first whose kind
 *                    {@link Matter.Kind#followsSources() follows it}
 * @param index       the index's terms in the order printed (by the book's language, grouped by initial
 *                    letter); each occurrence is an {@link Inline.IndexMark} in a column or in the matter.
 *                    Empty for a book without an index
 */
public record Book(
        Path directory,
        String title,
        Optional<String> subtitle,
        List<String> authors,
        String language,
        Optional<String> publisher,
        String identifier,
        Optional<LocalDate> date,
        Optional<String> rights,
        Optional<String> description,
        Optional<String> edition,
        Optional<Path> cover,
        List<Column> columns,
        Labels labels,
        Optional<PrintEdition> print,
        List<Matter> front,
        List<Part> parts,
        List<Matter> back,
        List<IndexTerm> index) {

    /**
     * Checks the components and copies the lists.
     *
     * @param directory   the book folder
     * @param title       never blank
     * @param subtitle    empty for none
     * @param authors     may be empty
     * @param language    BCP 47 tag of the book's language
     * @param publisher   empty for none
     * @param identifier  a {@code urn:isbn:} or {@code urn:uuid:} URN
     * @param date        the publication date; empty for none
     * @param rights      the copyright line; empty for none
     * @param description the blurb; empty for none
     * @param edition     such as {@code Second edition}; empty for none
     * @param cover       the cover image inside {@code directory}; empty for none
     * @param columns     in reading order
     * @param labels      the fixed words in the book's language
     * @param print       the print edition; empty for none
     * @param front       the front matter in print order
     * @param parts       the parts in order; empty for none
     * @param back        the back matter in print order
     * @param index       the index's terms in print order; empty for none
     * @throws IllegalArgumentException if the title is blank, or the parts do not hold every column once in
     *                                  reading order
     * @throws NullPointerException     if a component is null
     */
    public Book {
        Objects.requireNonNull(directory, "directory");
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a book needs a title");
        }
        Objects.requireNonNull(subtitle, "subtitle");
        authors = List.copyOf(authors);
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(identifier, "identifier");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(rights, "rights");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(cover, "cover");
        columns = List.copyOf(columns);
        Objects.requireNonNull(labels, "labels");
        Objects.requireNonNull(print, "print");
        front = List.copyOf(front);
        parts = List.copyOf(parts);
        back = List.copyOf(back);
        index = List.copyOf(index);
        if (!parts.isEmpty()) {
            List<String> inParts = parts.stream().flatMap(part -> part.columns().stream()).toList();
            if (!inParts.equals(columns.stream().map(Column::id).toList())) {
                throw new IllegalArgumentException("the parts must hold every column once, in reading order");
            }
        }
    }

    /**
     * A book of columns without parts, front and back matter or index.
     *
     * @param directory   the book folder
     * @param title       never blank
     * @param subtitle    empty for none
     * @param authors     may be empty
     * @param language    BCP 47 tag of the book's language
     * @param publisher   empty for none
     * @param identifier  a {@code urn:isbn:} or {@code urn:uuid:} URN
     * @param date        the publication date; empty for none
     * @param rights      the copyright line; empty for none
     * @param description the blurb; empty for none
     * @param edition     such as {@code Second edition}; empty for none
     * @param cover       the cover image inside {@code directory}; empty for none
     * @param columns     in reading order
     * @param labels      the fixed words in the book's language
     * @param print       the print edition; empty for none
     */
    public Book(Path directory, String title, Optional<String> subtitle, List<String> authors, String language,
            Optional<String> publisher, String identifier, Optional<LocalDate> date, Optional<String> rights,
            Optional<String> description, Optional<String> edition, Optional<Path> cover, List<Column> columns,
            Labels labels, Optional<PrintEdition> print) {
        this(directory, title, subtitle, authors, language, publisher, identifier, date, rights, description,
                edition, cover, columns, labels, print, List.of(), List.of(), List.of(), List.of());
    }

    /**
     * A book of columns alone, without a print edition.
     *
     * @param directory   the book folder
     * @param title       never blank
     * @param subtitle    empty for none
     * @param authors     may be empty
     * @param language    BCP 47 tag of the book's language
     * @param publisher   empty for none
     * @param identifier  a {@code urn:isbn:} or {@code urn:uuid:} URN
     * @param date        the publication date; empty for none
     * @param rights      the copyright line; empty for none
     * @param description the blurb; empty for none
     * @param edition     such as {@code Second edition}; empty for none
     * @param cover       the cover image inside {@code directory}; empty for none
     * @param columns     in reading order
     * @param labels      the fixed words in the book's language
     */
    public Book(Path directory, String title, Optional<String> subtitle, List<String> authors, String language,
            Optional<String> publisher, String identifier, Optional<LocalDate> date, Optional<String> rights,
            Optional<String> description, Optional<String> edition, Optional<Path> cover, List<Column> columns,
            Labels labels) {
        this(directory, title, subtitle, authors, language, publisher, identifier, date, rights, description,
                edition, cover, columns, labels, Optional.empty());
    }

    /**
     * This book with another cover picture (one the build made, say).
     *
     * @param picture the new cover image; empty for none
     * @return a copy with only the cover changed
     */
    public Book withCover(Optional<Path> picture) {
        return new Book(directory, title, subtitle, authors, language, publisher, identifier, date, rights,
                description, edition, picture, columns, labels, print, front, parts, back, index);
    }

    /**
     * This book with other parts and front and back matter.
     *
     * @param front the front matter in print order
     * @param parts the parts in order; empty for a book of columns alone
     * @param back  the back matter in print order
     * @return a copy with only these changed
     * @throws IllegalArgumentException if the parts do not hold every column once in reading order
     */
    public Book withShape(List<Matter> front, List<Part> parts, List<Matter> back) {
        return new Book(directory, title, subtitle, authors, language, publisher, identifier, date, rights,
                description, edition, cover, columns, labels, print, front, parts, back, index);
    }

    /**
     * This book with its index: the columns and matter with the index's marks in their text, and the terms.
     *
     * @param columns the columns, with their index marks, in reading order
     * @param front   the front matter, with its index marks
     * @param back    the back matter, with its index marks
     * @param index   the index's terms in print order
     * @return a copy with these changed
     */
    public Book withIndex(List<Column> columns, List<Matter> front, List<Matter> back, List<IndexTerm> index) {
        return new Book(directory, title, subtitle, authors, language, publisher, identifier, date, rights,
                description, edition, cover, columns, labels, print, front, parts, back, index);
    }

    /**
     * The part's columns, in order.
     *
     * @param part one of this book's parts
     * @return its columns in reading order; empty if the part is not this book's
     */
    public List<Column> columnsOf(Part part) {
        java.util.Set<String> ids = java.util.Set.copyOf(part.columns());
        return columns.stream().filter(column -> ids.contains(column.id())).toList();
    }

    /**
     * The part a column is in.
     *
     * @param column one of this book's columns
     * @return its part; empty in a book without parts
     */
    public Optional<Part> partOf(Column column) {
        return parts.stream().filter(part -> part.columns().contains(column.id())).findFirst();
    }

    /**
     * The back matter printed before the sources page (an afterword, acknowledgements).
     *
     * @return in print order; may be empty
     */
    public List<Matter> backBeforeSources() {
        return back.stream().filter(matter -> !matter.kind().followsSources()).toList();
    }

    /**
     * The back matter printed after the sources page (about the author, also by, colophon).
     *
     * @return in print order; may be empty
     */
    public List<Matter> backAfterSources() {
        return back.stream().filter(matter -> matter.kind().followsSources()).toList();
    }

    /**
     * What a renderer does with each image the book's texts show, called by {@link #walkImages} in reading
     * order. Each method does nothing unless overridden.
     */
    public interface ImageWalk {

        /**
         * The author's photo on an about-the-author page, before the page's own images.
         *
         * @param matter the about-the-author page
         * @param photo  the photo file
         */
        default void photo(Matter matter, Path photo) {
        }

        /**
         * An image in a piece of front or back matter.
         *
         * @param matter the piece
         * @param image  the image
         */
        default void matter(Matter matter, Block.Image image) {
        }

        /**
         * An image in a part's introduction.
         *
         * @param part  the part
         * @param image the image
         */
        default void part(Part part, Block.Image image) {
        }

        /**
         * An image in a column.
         *
         * @param column the column
         * @param image  the image
         */
        default void column(Column column, Block.Image image) {
        }
    }

    /**
     * Visits every image of the book's texts in reading order: the front matter's; each part's introduction's
     * just before the part's first column, then each column's; the back matter's printed before the sources
     * page, then after it. The cover is not one of them. An image shown twice is visited twice.
     *
     * @param walk what to do with each
     */
    public void walkImages(ImageWalk walk) {
        front.forEach(matter -> walkImages(matter, walk));
        for (Column column : columns) {
            partOf(column).filter(part -> part.columns().get(0).equals(column.id()))
                    .ifPresent(part -> part.images().forEach(image -> walk.part(part, image)));
            column.images().forEach(image -> walk.column(column, image));
        }
        backBeforeSources().forEach(matter -> walkImages(matter, walk));
        backAfterSources().forEach(matter -> walkImages(matter, walk));
    }

    /**
     * The files of every image the book's texts show, about-the-author photos included, in the order of
     * {@link #walkImages}; the cover is not one of them.
     *
     * @return image files, one per showing
     */
    public List<Path> imageFiles() {
        List<Path> files = new java.util.ArrayList<>();
        walkImages(new ImageWalk() {
            @Override
            public void photo(Matter matter, Path photo) {
                files.add(photo);
            }

            @Override
            public void matter(Matter matter, Block.Image image) {
                files.add(image.file());
            }

            @Override
            public void part(Part part, Block.Image image) {
                files.add(image.file());
            }

            @Override
            public void column(Column column, Block.Image image) {
                files.add(image.file());
            }
        });
        return List.copyOf(files);
    }

    private static void walkImages(Matter matter, ImageWalk walk) {
        matter.photo().ifPresent(photo -> walk.photo(matter, photo));
        matter.images().forEach(image -> walk.matter(matter, image));
    }

    /**
     * Every language the book's texts are written in: the book's own first, then its matter's and its
     * columns' in reading order, each once.
     *
     * @return BCP 47 tags as the texts give them, iterated in that order
     */
    public java.util.Set<String> languages() {
        java.util.Set<String> tags = new java.util.LinkedHashSet<>();
        tags.add(language);
        front.forEach(matter -> tags.add(matter.language()));
        columns.forEach(column -> tags.add(column.language()));
        back.forEach(matter -> tags.add(matter.language()));
        return java.util.Collections.unmodifiableSet(tags);
    }

    /**
     * The fixed words to print in a column: the book's own (with its overrides) when the column is in
     * the book's language, else the standard words of the column's language, so that an English column
     * in a Dutch book says "By", not "Door".
     *
     * @param column the column to print
     * @return the labels for the column's language
     */
    public Labels labelsFor(Column column) {
        return labelsFor(column.language());
    }

    /**
     * The fixed words to print in a text written in {@code textLanguage}: as {@link #labelsFor(Column)}.
     *
     * @param textLanguage BCP 47 tag of the text's language
     * @return the book's labels when the language is the book's, else that language's standard ones
     */
    public Labels labelsFor(String textLanguage) {
        return sameLanguage(textLanguage, language) ? labels : Labels.standard(textLanguage);
    }

    /**
     * The text alternative of an about-the-author page's photo, for every edition that shows it: who it shows,
     * as the page names them (else the book's authors, else the page's title), joined in the words of the
     * page's language ("Anna de Vries en Wim Aalbers").
     *
     * @param matter the about-the-author page
     * @return the photo's alt text
     */
    public String photoAlt(Matter matter) {
        List<String> names = matter.authors().isEmpty() ? authors : matter.authors();
        return names.isEmpty() ? matter.title().orElse(title) : labelsFor(matter.language()).joinNames(names);
    }

    private static boolean sameLanguage(String a, String b) {
        return java.util.Locale.forLanguageTag(a).getLanguage().equals(java.util.Locale.forLanguageTag(b).getLanguage());
    }

    /**
     * The ISBN without its URN prefix, when the identifier is one.
     *
     * @return the part after {@code urn:isbn:}; empty when the identifier is a UUID URN
     */
    public Optional<String> isbn() {
        return isbnOf(identifier);
    }

    /** How a book's identifier says it is an ISBN: {@code urn:isbn:} and the digits (RFC 3187). */
    public static final String ISBN_URN = "urn:isbn:";

    /**
     * The ISBN of an identifier, when it is one.
     *
     * @param identifier a {@code urn:isbn:} or {@code urn:uuid:} URN, as {@link #identifier()} gives it
     * @return the part after {@code urn:isbn:}; empty for any other URN
     */
    public static Optional<String> isbnOf(String identifier) {
        return identifier.startsWith(ISBN_URN) ? Optional.of(identifier.substring(ISBN_URN.length())) : Optional.empty();
    }
}
