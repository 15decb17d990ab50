package org.columnpress.maven.internal;

import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Developer;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.columnpress.core.read.BookDefaults;

/**
 * The POM's metadata as book defaults: name as title, description, organization name as publisher,
 * developers' names as authors. {@code book.yaml} wins wherever it says something.
 */
public final class PomDefaults {

    private PomDefaults() {
    }

    /** Reads the effective model: {@code getName()} of MavenProject would invent a title from the artifactId. */
    public static BookDefaults from(Model model) {
        List<String> authors = model.getDevelopers().stream()
                .map(Developer::getName)
                .map(PomDefaults::clean)
                .flatMap(Optional::stream)
                .toList();
        Optional<String> publisher = Optional.ofNullable(model.getOrganization())
                .map(Organization::getName)
                .flatMap(PomDefaults::clean);
        return new BookDefaults(clean(model.getName()), clean(model.getDescription()), authors, publisher);
    }

    /** POM text is often wrapped over several indented lines: one line, single spaces, or nothing. */
    static Optional<String> clean(String text) {
        return Optional.ofNullable(text)
                .map(value -> value.strip().replaceAll("\\s+", " "))
                .filter(value -> !value.isEmpty());
    }
}
