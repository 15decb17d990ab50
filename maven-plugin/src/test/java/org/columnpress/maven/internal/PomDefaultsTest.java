package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.model.Developer;
import org.apache.maven.model.Model;
import org.apache.maven.model.Organization;
import org.columnpress.core.read.BookDefaults;
import org.junit.jupiter.api.Test;

class PomDefaultsTest {

    @Test
    void takesTitleDescriptionPublisherAndAuthorsFromThePom() {
        Model model = new Model();
        model.setName("Columns of the Week");
        model.setDescription("\n      Opinion pieces,\n      collected.\n    ");
        Organization organization = new Organization();
        organization.setName("Uitgeverij Kade");
        model.setOrganization(organization);
        model.addDeveloper(developer("Wim Aalbers"));
        model.addDeveloper(developer("Ans de Vries"));

        BookDefaults defaults = PomDefaults.from(model);

        assertThat(defaults.title()).contains("Columns of the Week");
        assertThat(defaults.description()).contains("Opinion pieces, collected.");
        assertThat(defaults.publisher()).contains("Uitgeverij Kade");
        assertThat(defaults.authors()).containsExactly("Wim Aalbers", "Ans de Vries");
    }

    @Test
    void givesNothingWhereThePomIsSilent() {
        Model model = new Model();
        model.setArtifactId("my-book");
        model.addDeveloper(developer(null));
        model.addDeveloper(developer("  "));

        assertThat(PomDefaults.from(model)).isEqualTo(BookDefaults.none());
    }

    private static Developer developer(String name) {
        Developer developer = new Developer();
        developer.setId("id-" + name);
        developer.setName(name);
        return developer;
    }
}
