package org.columnpress.core.publish;

import java.time.Duration;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;

/**
 * What a build made: per format, the files (now in the output folder) and the time it took.
 *
 * @param book    the book as read
 * @param outputs one per format, in the order requested
 */
public record PublishResult(Book book, List<Output> outputs) {

    /**
     * Copies the outputs.
     *
     * @param book    the book as read
     * @param outputs one per format
     */
    public PublishResult {
        outputs = List.copyOf(outputs);
    }

    /**
     * What one format made.
     *
     * @param format  the renderer's name, such as {@code pdf}
     * @param files   the files, the main one first
     * @param elapsed how long the renderer took
     */
    public record Output(String format, List<RenderedFile> files, Duration elapsed) {
        /**
         * Copies the files.
         *
         * @param format  the renderer's name
         * @param files   the files, the main one first
         * @param elapsed how long the renderer took
         */
        public Output {
            files = List.copyOf(files);
        }
    }
}
