package org.columnpress.core.model;

/**
 * The fixed words a renderer prints. Each has a key, used in the message bundles
 * ({@code labels_nl.properties} ...) and in {@code book.yaml}'s {@code labels} map to override them.
 */
public enum Label {
    /** Heading of the table of contents: "Contents", "Inhoud". */
    CONTENTS("contents"),
    /** Before the author names in a byline: "By", "Door". */
    BY("by"),
    /** Joins the last two names of a list of authors: "and", "en". */
    AND("and"),
    /** Before a page number: "Page", "Pagina". */
    PAGE("page"),
    /** Heading of the sources page at the back: "Sources", "Verantwoording". */
    SOURCES("sources"),
    /** Before the place a column first appeared: "First published in", "Eerder verschenen in". */
    FIRST_PUBLISHED_IN("first-published-in"),
    /** Heading of the copyright page and its landmark: "Copyright". */
    COPYRIGHT("copyright"),
    /** The title page's landmark: "Title page", "Titelpagina". */
    TITLE_PAGE("title-page"),
    /** The cover's landmark: "Cover", "Omslag". */
    COVER("cover"),
    /** Before the edition: "Edition", "Druk". */
    EDITION("edition"),
    /** Before the ISBN or other identifier on the copyright page: "ISBN". */
    ISBN("isbn"),
    /** Before the publisher on the copyright page: "Published by", "Uitgegeven door". */
    PUBLISHED_BY("published-by"),
    /** Heading of a column's notes: "Notes", "Noten". */
    NOTES("notes"),
    /** A footnote's link back to its reference: "Back to text", "Terug naar de tekst". */
    BACK_TO_TEXT("back-to-text"),
    /** Before a column's date when printed with the source: "on", "op". */
    ON("on"),
    /** Before a video site's name, for an embedded video: "Video on" (YouTube), "Video op". */
    VIDEO_ON("video-on"),
    /** Before a social site's name, for an embedded post: "Post on" (X), "Bericht op". */
    POST_ON("post-on"),
    /** Before a code site's name, for an embedded snippet: "Code on" (GitHub), "Code op". */
    CODE_ON("code-on"),
    /** Before a part's number when it is past the words of {@link #PART_NUMBERS}: "Part", "Deel". */
    PART("part"),
    /**
     * The first parts' numbers in words, comma-separated, as printed above a part's title: "Part One, Part
     * Two, …", "Eerste deel, Tweede deel, …" (see {@link Labels#partNumber(int)}).
     */
    PART_NUMBERS("part-numbers"),
    /** Heading of a foreword: "Foreword", "Voorwoord". */
    FOREWORD("foreword"),
    /** Heading of a preface: "Preface", "Woord vooraf". */
    PREFACE("preface"),
    /** Heading of an introduction: "Introduction", "Inleiding". */
    INTRODUCTION("introduction"),
    /** Heading of the acknowledgements: "Acknowledgements", "Dankwoord". */
    ACKNOWLEDGEMENTS("acknowledgements"),
    /** Heading of an afterword: "Afterword", "Nawoord". */
    AFTERWORD("afterword"),
    /** Heading of the about-the-author page: "About the author", "Over de auteur". */
    ABOUT_THE_AUTHOR("about-the-author"),
    /** Heading of the list of the author's other books: "Also by", "Van dezelfde auteur". */
    ALSO_BY("also-by"),
    /** Heading of the colophon: "Colophon", "Colofon". */
    COLOPHON("colophon"),
    /** Before the typefaces in a colophon made by Columnpress: "Set in", "Gezet uit de". */
    SET_IN("set-in"),
    /** Before the tools in a colophon made by Columnpress: "Made with", "Gemaakt met". */
    MADE_WITH("made-with"),
    /** The landmark of the first column or part, where reading begins: "Start of the book", "Begin". */
    START("start"),
    /** Heading of the index of names and subjects at the back: "Index", "Register". */
    INDEX("index"),
    /** Before the other terms an index entry refers to: "see also", "zie ook". */
    SEE_ALSO("see-also"),
    /** The web edition's link to a column's own PDF: "PDF version", "PDF-versie". */
    PDF_VERSION("pdf-version"),
    /** The web edition's link to the column before, in reading order: "Previous", "Vorige". */
    PREVIOUS("previous"),
    /** The web edition's link to the column after, in reading order: "Next", "Volgende". */
    NEXT("next"),
    /** The web edition's heading above a book's tags and before a tag page's tag: "Tags", "Trefwoorden". */
    TAGS("tags"),
    /** The web edition's heading of the columns that have no year: "Undated", "Zonder datum". */
    UNDATED("undated"),
    /** The name screen readers give the EPUB's list of printed pages: "Page list", "Paginalijst". */
    PAGE_LIST("page-list");

    private final String key;

    Label(String key) {
        this.key = key;
    }

    /**
     * The key in the bundles and in {@code book.yaml}'s {@code labels}.
     *
     * @return lower case with hyphens, such as {@code first-published-in}
     */
    public String key() {
        return key;
    }
}
