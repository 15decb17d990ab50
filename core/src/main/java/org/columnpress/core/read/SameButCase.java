package org.columnpress.core.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A name that differs from the one written only in the case of its letters: what a folder copied from a
 * case-insensitive disk (macOS, Windows) shows when it builds on a case-sensitive one. One rule for a
 * column listed in {@code book.yaml} and an image's path: the first such name in sorted order.
 */
final class SameButCase {

    private SameButCase() {
    }

    /** The first of {@code names}, sorted, that equals {@code wanted} but for letter case. */
    static Optional<String> among(String wanted, Collection<String> names) {
        return names.stream().filter(name -> name.equalsIgnoreCase(wanted)).sorted().findFirst();
    }

    /**
     * The path inside {@code root} that differs from {@code wanted} (inside it too) only in letter case,
     * found by listing one folder on the way at a time; a name that exists as written is kept as written.
     */
    static Optional<Path> file(Path root, Path wanted) {
        Path here = root;
        for (Path name : root.relativize(wanted)) {
            Path exact = here.resolve(name);
            if (Files.exists(exact)) {
                here = exact;
                continue;
            }
            if (!Files.isDirectory(here)) {
                return Optional.empty();
            }
            try (Stream<Path> entries = Files.list(here)) {
                Optional<String> match = among(name.toString(),
                        entries.map(p -> p.getFileName().toString()).toList());
                if (match.isEmpty()) {
                    return Optional.empty();
                }
                here = here.resolve(match.get());
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.of(here);
    }

    /** " Did you mean {@code found}? Its name differs only in letter case, which counts." */
    static String didYouMean(String found) {
        return " Did you mean " + found + "? Its name differs only in letter case, which counts on most "
                + "systems that build books.";
    }
}
