package org.columnpress.core.publish;

import java.time.Duration;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.render.RenderedFile;

/** What a build made: per format, the files (now in the output folder) and the time it took. */
public record PublishResult(Book book, List<Output> outputs) {

    public PublishResult {
        outputs = List.copyOf(outputs);
    }

    public record Output(String format, List<RenderedFile> files, Duration elapsed) {
        public Output {
            files = List.copyOf(files);
        }
    }
}
