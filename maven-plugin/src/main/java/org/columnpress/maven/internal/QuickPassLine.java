package org.columnpress.maven.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.columnpress.core.model.Column;
import org.columnpress.core.publish.PublishResult;
import org.columnpress.core.render.RenderedFile;

/**
 * The watch goal's one line for a quick pass: what changed, the changed columns' own files it made (their
 * PDFs and web pages; when no column changed, each format's file count) and how long that took, such as
 * {@code Columnpress: src/book/columns/brug.md changed: target/columns/brug.pdf,
 * target/x-web/brug/index.html in 0.52 s}.
 */
final class QuickPassLine {

    private QuickPassLine() {
    }

    static String of(Set<Path> changed, PublishResult result, Path project, Duration elapsed) {
        List<String> made = new ArrayList<>();
        for (Column column : result.book().columns()) {
            if (changed.contains(column.file().toAbsolutePath().normalize())) {
                for (PublishResult.Output output : result.outputs()) {
                    output.files().stream().filter(file -> showsColumn(output.format(), file, column.id()))
                            .forEach(file -> made.add(relative(project, file.path())));
                }
            }
        }
        if (made.isEmpty()) {
            for (PublishResult.Output output : result.outputs()) {
                made.add(output.format() + " (" + output.files().size() + " files)");
            }
        }
        String cause = changed.isEmpty() ? "built" : String.join(", ",
                changed.stream().limit(3).map(file -> relative(project, file)).toList())
                + (changed.size() > 3 ? " and " + (changed.size() - 3) + " more" : "") + " changed:";
        return String.format(Locale.ROOT, "Columnpress: %s %s in %.2f s", cause, String.join(", ", made),
                elapsed.toMillis() / 1000.0);
    }

    /**
     * A column's own file: its PDF ({@code columns/<id>.pdf}, not the web edition's copy) or its web page
     * ({@code <id>/index.html}).
     */
    private static boolean showsColumn(String format, RenderedFile file, String id) {
        Path path = file.path();
        return format.equals("pdf") && file.role() == RenderedFile.Role.COLUMN
                && path.getFileName().toString().equals(id + ".pdf")
                || path.getFileName().toString().equals("index.html") && path.getParent() != null
                && path.getParent().getFileName().toString().equals(id);
    }

    private static String relative(Path base, Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path root = base.toAbsolutePath().normalize();
        return (absolute.startsWith(root) ? root.relativize(absolute) : absolute).toString();
    }
}
