package org.columnpress.it.txt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.columnpress.core.render.RenderOptions;
import org.columnpress.core.render.RenderedFile;
import org.columnpress.core.render.Renderer;
import org.columnpress.core.render.RendererFactory;

/** Writes the book's title, a greeting from its settings and the column titles to a text file. */
public class TxtRendererFactory implements RendererFactory {

    @Override
    public String name() {
        return "txt";
    }

    @Override
    public Renderer create(RenderOptions options) {
        options.requireKnown("txt", List.of("greeting"));
        String greeting = options.get("greeting").orElse("Hello");
        return (Book book, Path directory, String baseName) -> {
            StringBuilder text = new StringBuilder(greeting).append('\n').append(book.title()).append('\n');
            for (Column column : book.columns()) {
                text.append("- ").append(column.title()).append('\n');
            }
            Path file = directory.resolve(baseName + ".txt");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.of(new RenderedFile(file, RenderedFile.Role.BOOK, 0));
        };
    }
}
