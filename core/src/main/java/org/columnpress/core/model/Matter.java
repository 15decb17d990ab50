package org.columnpress.core.model;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A piece of front or back matter: a dedication, a foreword, an about-the-author page and the like, written
 * in {@code front/} or {@code back/} with a {@code kind:}, or made by Columnpress (a half-title, a colophon).
 *
 * @param kind      what it is, which decides its place and how it is typeset
 * @param id        unique in the book and never a column's: {@code matter_} and the kind's key
 * @param title     the heading to print; for kinds printed with a heading, the writer's {@code title:} or
 *                  the standard word ("Voorwoord"); always empty for those printed without (dedication,
 *                  epigraph, half-title: {@link Style#ALONE})
 * @param authors   who wrote it: a foreword's byline, an epigraph's attribution; may be empty
 * @param body      the text; empty for a half-title, and for a colophon that the renderer writes in full
 * @param photo     the author's photo on an about-the-author page, absolute and inside the book folder
 * @param file      the file it was read from; empty when Columnpress made it
 * @param language  BCP 47 tag: the file's own, else the book's
 */
public record Matter(Kind kind, String id, Optional<String> title, List<String> authors, List<Block> body,
        Optional<Path> photo, Optional<Path> file, String language) {

    /**
     * Checks the components and copies the lists.
     *
     * @param kind     what it is
     * @param id       unique in the book: {@link #idOf(Kind)}
     * @param title    the heading to print; empty for a kind printed without one
     * @param authors  who wrote it; may be empty
     * @param body     the text; may be empty
     * @param photo    the author's photo; empty for none
     * @param file     the file it was read from; empty when Columnpress made it
     * @param language BCP 47 tag
     * @throws IllegalArgumentException if a kind printed alone (without heading) has a title
     * @throws NullPointerException     if a component is null
     */
    public Matter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        body = List.copyOf(body);
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(language, "language");
        if (kind.style() == Style.ALONE && title.isPresent()) {
            throw new IllegalArgumentException("a " + kind.key() + " has no title");
        }
    }

    /**
     * The id of the book's piece of this kind: the one rule for matter ids (a book has one of each).
     *
     * @param kind the kind
     * @return {@code matter_} and the kind's key, such as {@code matter_foreword}
     */
    public static String idOf(Kind kind) {
        return "matter_" + kind.key();
    }

    /**
     * Every image of its text, however deeply nested, in reading order (the photo is apart).
     *
     * @return the images; empty for none
     */
    public List<Block.Image> images() {
        return NestedBlocks.of(List.of(body)).stream().filter(Block.Image.class::isInstance)
                .map(Block.Image.class::cast).toList();
    }

    /**
     * Whether Columnpress made it rather than a writer (a half-title, a colophon written from the book).
     *
     * @return true when there is no source file
     */
    public boolean generated() {
        return file.isEmpty();
    }

    /** Where a piece of matter stands: before the columns or after them. */
    public enum Place {
        /** Before the columns, around the title pages and the contents. */
        FRONT,
        /** After the columns. */
        BACK
    }

    /** How a kind is typeset. */
    public enum Style {
        /** Alone on a recto, centred high, no heading, running head or folio: a dedication, an epigraph. */
        ALONE,
        /** Like a column: a heading, the author, running heads and folios: a foreword, an afterword. */
        CHAPTER,
        /** A heading and a short list: "also by". */
        LIST
    }

    /**
     * The kinds, in the book trade's order within each place: a book prints its front matter in this
     * order whatever the files are called, and its back matter likewise (the sources page of the columns'
     * first publication stands before about-the-author: {@link #followsSources()}).
     */
    public enum Kind {
        /** The book's title alone on a recto, before the title page. */
        HALF_TITLE("half-title", Place.FRONT, Style.ALONE, null),
        /** A dedication, alone on its page. */
        DEDICATION("dedication", Place.FRONT, Style.ALONE, null),
        /** A quotation that opens the book, alone on its page, with its attribution. */
        EPIGRAPH("epigraph", Place.FRONT, Style.ALONE, null),
        /** A foreword, usually by someone other than the author. */
        FOREWORD("foreword", Place.FRONT, Style.CHAPTER, Label.FOREWORD),
        /** The author's preface. */
        PREFACE("preface", Place.FRONT, Style.CHAPTER, Label.PREFACE),
        /** An introduction to the columns. */
        INTRODUCTION("introduction", Place.FRONT, Style.CHAPTER, Label.INTRODUCTION),
        /** At the front when written in {@code front/}, at the back when in {@code back/}. */
        ACKNOWLEDGEMENTS("acknowledgements", null, Style.CHAPTER, Label.ACKNOWLEDGEMENTS),
        /** An afterword, before the sources page. */
        AFTERWORD("afterword", Place.BACK, Style.CHAPTER, Label.AFTERWORD),
        /** About the author, with an optional photo; after the sources page. */
        ABOUT_THE_AUTHOR("about-the-author", Place.BACK, Style.CHAPTER, Label.ABOUT_THE_AUTHOR),
        /** A list of the author's other books. */
        ALSO_BY("also-by", Place.BACK, Style.LIST, Label.ALSO_BY),
        /** The colophon: who made the book, and how. */
        COLOPHON("colophon", Place.BACK, Style.CHAPTER, Label.COLOPHON);

        private final String key;
        private final Place place;
        private final Style style;
        private final Label heading;

        Kind(String key, Place place, Style style, Label heading) {
            this.key = key;
            this.place = place;
            this.style = style;
            this.heading = heading;
        }

        /**
         * As written after {@code kind:} in a file's front matter.
         *
         * @return the key, lower case with hyphens, such as {@code about-the-author}
         */
        public String key() {
            return key;
        }

        /**
         * Where this kind stands.
         *
         * @return the place; empty for one that may stand at either end (acknowledgements)
         */
        public Optional<Place> place() {
            return Optional.ofNullable(place);
        }

        /**
         * How this kind is typeset.
         *
         * @return the style
         */
        public Style style() {
            return style;
        }

        /**
         * The standard word of its heading, for a kind printed with one.
         *
         * @return the label; empty for a kind printed without a heading
         */
        public Optional<Label> heading() {
            return Optional.ofNullable(heading);
        }

        /**
         * Whether it stands after the sources page (about-the-author and what follows it).
         *
         * @return true for about-the-author, also-by and the colophon
         */
        public boolean followsSources() {
            return place == Place.BACK && ordinal() >= ABOUT_THE_AUTHOR.ordinal();
        }

        /**
         * The kind a file's {@code kind:} names.
         *
         * @param key as written in the file, such as {@code foreword}
         * @return the kind; empty for an unknown key (the caller reports it with {@link #keys()})
         */
        public static Optional<Kind> byKey(String key) {
            return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
        }

        /**
         * Every key, in order: for messages that list the known kinds.
         *
         * @return the keys in the kinds' order
         */
        public static List<String> keys() {
            return Arrays.stream(values()).map(Kind::key).toList();
        }
    }
}
