package org.columnpress.core.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.columnpress.core.ColumnpressException;

/**
 * Which files a user's stylesheet may {@code xsl:import} or {@code xsl:include}: the {@code .xsl} and
 * {@code .xslt} files in its folder and that folder's subfolders, hidden ones (a name starting with '.')
 * left out. The PDF renderer's resolver refuses every other file, and every cache that must notice a
 * change to a stylesheet (the unchanged-book check, the column PDF cache) hashes exactly these files, so
 * the three can never disagree.
 */
public final class StylesheetImports {

    private StylesheetImports() {
    }

    /**
     * Whether {@code stylesheet} may import {@code file}.
     *
     * @param stylesheet the user's stylesheet
     * @param file       the file it asks to import or include
     * @return whether the file is an {@code .xsl} or {@code .xslt} file in the stylesheet's folder tree, not hidden
     */
    public static boolean mayImport(Path stylesheet, Path file) {
        Path folder = folderOf(stylesheet);
        Path candidate = file.toAbsolutePath().normalize();
        return candidate.startsWith(folder) && isStylesheetName(candidate) && !hidden(folder.relativize(candidate));
    }

    /**
     * Every file {@code stylesheet} may import, the stylesheet itself included, sorted.
     *
     * @param stylesheet the user's stylesheet
     * @return absolute, normalised paths
     * @throws ColumnpressException if the folder cannot be listed
     */
    public static List<Path> importable(Path stylesheet) {
        Path folder = folderOf(stylesheet);
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> file.toAbsolutePath().normalize())
                    .filter(file -> mayImport(stylesheet, file))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ColumnpressException("Cannot list the stylesheets in " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * The rule in words, for error messages.
     *
     * @return a phrase that fits after "may import only"
     */
    public static String describe() {
        return ".xsl and .xslt files in the folder of your stylesheet or its subfolders";
    }

    private static Path folderOf(Path stylesheet) {
        return stylesheet.toAbsolutePath().normalize().getParent();
    }

    private static boolean isStylesheetName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".xsl") || name.endsWith(".xslt");
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
