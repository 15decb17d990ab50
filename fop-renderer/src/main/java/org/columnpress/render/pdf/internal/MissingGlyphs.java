package org.columnpress.render.pdf.internal;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The characters {@link GlyphChecker} warned about, by column file: FOP warns about each of them again,
 * once per face and document, and the writer needs to hear it once. Thread-safe.
 */
final class MissingGlyphs {

    private final Map<Path, Set<Integer>> byFile = new ConcurrentHashMap<>();

    void add(Path file, Set<Integer> codePoints) {
        byFile.computeIfAbsent(file, f -> ConcurrentHashMap.newKeySet()).addAll(codePoints);
    }

    /** Whether the column in {@code file} was already warned about for the character. */
    boolean warned(Path file, int codePoint) {
        return file != null && byFile.getOrDefault(file, Set.of()).contains(codePoint);
    }
}
