package org.columnpress.core.render;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.columnpress.core.model.Book;

/** Renders books in one format. Thread-safe: a build may render several books at once. */
public interface Renderer {

    /**
     * Renders the book into {@code directory} (which exists and is empty: the publisher moves the files
     * into place only when every renderer has succeeded).
     *
     * @param book      the book to render
     * @param directory the folder to write into
     * @param baseName  the main file's name without extension, such as {@code my-book-1.0}
     * @return every file written, the main one first
     * @throws org.columnpress.core.InputException       for a mistake in the book's sources
     * @throws org.columnpress.core.ColumnpressException when rendering fails for another reason
     */
    List<RenderedFile> render(Book book, Path directory, String baseName);

    /**
     * Warns, without rendering, about what rendering would warn about that it can tell from the book
     * alone (characters the font lacks, say); {@link #render} warns about them too. Writes nothing.
     *
     * @param book the book to check
     * @since 0.1.0
     */
    default void check(Book book) {
    }

    /**
     * Whether this renderer designs a front cover for the book ({@link #frontCover}); the publisher asks
     * only for a book with a print edition and no cover image of its own. Cheap: nothing is made.
     *
     * @param book the book
     * @return false by default
     * @since 0.1.0
     */
    default boolean designsFrontCover(Book book) {
        return false;
    }

    /**
     * A picture (PNG or JPEG) of the front cover this renderer designs for the book, written into
     * {@code folder}: the print cover's front, which the other formats then show as their cover. Called,
     * when {@link #designsFrontCover} says so, on a thread of its own while this renderer already renders;
     * empty when it makes none after all.
     *
     * @param book   the book
     * @param folder the folder to write the picture into
     * @return the picture; empty by default
     * @since 0.1.0
     */
    default Optional<Path> frontCover(Book book, Path folder) {
        return Optional.empty();
    }

    /**
     * Whether rendering the book makes its {@link PageMap} (where each printed page begins), which
     * {@link #render(Book, Path, String, Handoffs)} then offers. Cheap: nothing is made. The publisher opens
     * the page-map handoff that others may wait on only when some renderer says so.
     *
     * @param book the book
     * @return false by default
     * @since 0.1.0
     */
    default boolean makesPageMap(Book book) {
        return false;
    }

    /**
     * Whether rendering the book makes a PDF of each column, which {@link #render(Book, Path, String, Handoffs)}
     * then offers (by column id) as soon as they are written. Cheap: nothing is made.
     *
     * @param book the book
     * @return false by default
     * @since 0.1.0
     */
    default boolean makesColumnPdfs(Book book) {
        return false;
    }

    /**
     * {@link #render(Book, Path, String)} in a build whose renderers hand each other what they make
     * ({@link Handoffs}): a renderer that makes something (it said so in {@link #makesPageMap},
     * {@link #makesColumnPdfs}) offers it as soon as it has it, before it finishes its other files; one that
     * uses it {@link Handoff#await() waits} for it only where it needs it, and gets nothing at once when the
     * build makes none. Renderers that do neither need not override it. The publisher closes a handoff when
     * its maker is done, whatever happened.
     *
     * @param book      the book to render
     * @param directory the folder to write into, existing and empty
     * @param baseName  the main file's name without extension
     * @param handoffs  what this build's renderers hand each other; {@link Handoffs#none()} when nothing
     * @return every file written, the main one first
     * @since 0.1.0
     */
    default List<RenderedFile> render(Book book, Path directory, String baseName, Handoffs handoffs) {
        return render(book, directory, baseName);
    }
}
