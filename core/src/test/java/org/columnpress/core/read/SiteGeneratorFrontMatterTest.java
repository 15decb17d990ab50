package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.columnpress.core.InputException;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Column;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posts from Jekyll, Hugo, Eleventy and WordPress exports, copied into columns/, build as they are. */
class SiteGeneratorFrontMatterTest {

    @TempDir
    Path dir;

    private TestBooks.Folder book() {
        return TestBooks.folder(dir, "title: A blog as a book\n");
    }

    @Test
    void aJekyllPostBuildsAsItIsWithItsCategoriesAndTagsAsTags() {
        TestBooks.Folder folder = book().write("columns/2019-01-06-on-bridges.md", """
                ---
                layout: post
                title:  "On bridges, and the people who wait for them"
                date:   2019-01-06 23:40:00 -0500
                categories: opinion infrastructure
                tags: [Bridges, New York]
                excerpt: Why a bridge is a promise
                permalink: /2019/bridges/
                comments: true
                redirect_from:
                  - /old/bridges.html
                ---
                A bridge is the only building that is also a road.
                """);
        Column column = folder.read().columns().get(0);
        assertThat(column.title()).isEqualTo("On bridges, and the people who wait for them");
        assertThat(column.date()).contains(LocalDate.of(2019, 1, 6));
        assertThat(column.tags()).containsExactly("Bridges", "New York", "opinion", "infrastructure");
        assertThat(column.subtitle()).contains("Why a bridge is a promise");
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void aHugoPostBuildsAsItIsWithItsPublishDateAuthorsAndDescription() {
        TestBooks.Folder folder = book().write("columns/quiet-trains.md", """
                ---
                title: Quiet trains
                publishDate: 2020-05-26T00:00:00Z
                lastmod: 2021-01-01T10:00:00+01:00
                draft: false
                authors: [Ann de Vries]
                Description: On the silence of the 7.08
                weight: 10
                slug: quiet
                aliases: [/posts/trains/]
                toc: true
                cover:
                  image: train.jpg
                series: [Commuting]
                ---
                The 7.08 is a quiet train.
                """);
        Column column = folder.read().columns().get(0);
        assertThat(column.date()).contains(LocalDate.of(2020, 5, 26));
        assertThat(column.authors()).containsExactly("Ann de Vries");
        assertThat(column.subtitle()).contains("On the silence of the 7.08");
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void aWordPressExportBuildsAsItIsWithItsAuthorsDisplayName() {
        TestBooks.Folder folder = book().write("columns/2011-04-02-a-spring-walk.md", """
                ---
                layout: post
                title: A spring walk
                date: 2011-04-02 09:30:00.000000000 +02:00
                categories:
                - Walking
                tags: []
                status: publish
                type: post
                published: true
                parent_id: '0'
                password: ''
                meta:
                  _edit_last: '1'
                author:
                  login: ann
                  email: ann@example.org
                  display_name: Ann de Vries
                  first_name: Ann
                  last_name: de Vries
                ---
                The first warm day of the year.
                """);
        Column column = folder.read().columns().get(0);
        assertThat(column.authors()).containsExactly("Ann de Vries");
        assertThat(column.date()).contains(LocalDate.of(2011, 4, 2));
        assertThat(column.tags()).containsExactly("Walking");
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void ourOwnKeysWinOverASiteGeneratorsAndAnEmptyDescriptionIsNoSubtitle() {
        Column own = TestBooks.readColumn(dir, "a.md",
                "---\ntitle: T\nsubtitle: Ours\ndescription: Theirs\nlang: de\nlanguage: fr\n---\nx\n");
        assertThat(own.subtitle()).contains("Ours");
        assertThat(own.language()).isEqualTo("fr");
        Column empty = TestBooks.readColumn(dir, "a.md", "---\ntitle: T\ndescription: \"\"\nlang: de\n---\nx\n");
        assertThat(empty.subtitle()).isEmpty();
        assertThat(empty.language()).isEqualTo("de");
    }

    @Test
    void aStringOfTagsIsSplitAtSpacesAndCommasAndEachTagCountsOnce() {
        Column column = TestBooks.readColumn(dir, "a.md",
                "---\ntitle: T\ntags: trains, bridges  cities\ncategory: trains\n---\nx\n");
        assertThat(column.tags()).containsExactly("trains", "bridges", "cities");
    }

    @Test
    void aDraftIsLeftOutAndTheLogNamesIt() {
        TestBooks.Folder folder = book().write("columns/a.md", "---\ntitle: A\ndraft: true\n---\nx\n")
                .write("columns/b.md", "---\ntitle: B\npublished: false\n---\nx\n")
                .write("columns/c.md", "---\ntitle: C\nstatus: publish\npublished: 2019-03-10\n---\nx\n")
                .write("columns/d.md", "---\ndraft: yes\n---\nA draft without a title yet.\n");
        assertThat(folder.read().columns()).extracting(Column::title).containsExactly("C");
        assertThat(folder.reporter.infos)
                .anySatisfy(info -> assertThat(info).contains("a.md").contains("draft: true").contains("left out"))
                .anySatisfy(info -> assertThat(info).contains("b.md").contains("published: false"))
                .anySatisfy(info -> assertThat(info).contains("d.md"));
        assertThat(folder.reporter.warnings).isEmpty();
    }

    @Test
    void aBookOfOnlyDraftsIsAnError() {
        TestBooks.Folder folder = book().write("columns/a.md", "---\ntitle: A\ndraft: true\n---\nx\n");
        assertThatThrownBy(folder::read).isInstanceOf(InputException.class).hasMessageContaining("every column is a draft");
    }

    @Test
    void aKeyNeitherOursNorASiteGeneratorsIsAWarningWithItsLineAndCloseMatches() {
        TestBooks.Folder folder = book().write("columns/c.md",
                "---\ntitle: T\ncatgories: trains\ncolour: red\n---\nx\n");
        assertThat(folder.read().columns().get(0).tags()).isEmpty();
        assertThat(folder.reporter.warnings).satisfiesExactly(
                w -> assertThat(w).startsWith(dir.resolve("columns/c.md") + ":3: unknown key 'catgories'")
                        .contains("Did you mean 'categories'?"),
                w -> assertThat(w).startsWith(dir.resolve("columns/c.md") + ":4: unknown key 'colour'")
                        .contains("Column keys: title, subtitle"));
    }

    @Test
    void strictInBookYamlMakesUnknownAndSiteGeneratorKeysErrors() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\nstrict: true\n")
                .write("columns/c.md", "---\ntitle: T\nlayout: post\n---\nx\n");
        assertThatThrownBy(folder::read).isInstanceOfSatisfying(InputException.class, e -> {
            assertThat(e.file()).isEqualTo(dir.resolve("columns/c.md"));
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.getMessage()).contains("unknown key 'layout'").contains("strict: true");
        });
        folder.write("columns/c.md", "---\ntitle: T\ncolour: red\n---\nx\n");
        assertThatThrownBy(folder::read).hasMessageContaining("c.md:3: unknown key 'colour'");
        folder.write("columns/c.md", "---\ntitle: T\ntags: [a]\n---\nx\n");
        assertThat(folder.read().columns().get(0).tags()).containsExactly("a");
    }

    @Test
    void aHugoPostWithTomlFrontMatterReadsAsItsYamlTwinWithTheDateAsWrittenInItsZone() {
        TestBooks.Folder folder = book().write("columns/late-swim/index.md", """
                +++
                title = "A late swim"
                date = 2019-09-14T23:05:00-05:00
                lastmod = 2021-01-01T10:00:00Z
                draft = false
                tags = ["lake", "summer"]
                categories = ["weather"]
                description = 'The water kept the summer a week longer'
                authors = ["Sam Porter"]
                aliases = ["/posts/swim/"]
                weight = 3
                colour = "blue"

                [cover]
                image = "swim.jpg"
                +++
                The water kept the summer a week longer than the air did.
                """);
        Column column = folder.read().columns().get(0);
        assertThat(column.title()).isEqualTo("A late swim");
        assertThat(column.date()).as("the date written, not the 15th in UTC").contains(LocalDate.of(2019, 9, 14));
        assertThat(column.tags()).containsExactly("lake", "summer", "weather");
        assertThat(column.subtitle()).contains("The water kept the summer a week longer");
        assertThat(column.authors()).containsExactly("Sam Porter");
        assertThat(folder.reporter.warnings).singleElement().asString()
                .startsWith(dir.resolve("columns/late-swim/index.md") + ":12: unknown key 'colour'");
        assertThat(Inline.plainText(((Block.Paragraph) column.body().get(0)).content())).startsWith("The water");
    }

    @Test
    void tomlDatesOfEveryKindAndADraftAreReadAsYamlOnesAre() {
        TestBooks.Folder folder = book()
                .write("columns/a.md", "+++\ntitle = 'A'\ndate = 2020-05-26\n+++\nx\n")
                .write("columns/b.md", "+++\ntitle = 'B'\ndate = 2020-05-27T08:15:00\n+++\nx\n")
                .write("columns/c.md", "+++\ntitle = 'C'\ndate = \"2020-05-28 08:15:00 +0100\"\n+++\nx\n")
                .write("columns/d.md", "+++\ntitle = 'D'\ndraft = true\n+++\nx\n");
        assertThat(folder.read().columns()).extracting(Column::date).containsExactly(
                java.util.Optional.of(LocalDate.of(2020, 5, 26)), java.util.Optional.of(LocalDate.of(2020, 5, 27)),
                java.util.Optional.of(LocalDate.of(2020, 5, 28)));
        assertThat(folder.reporter.infos).anyMatch(info -> info.contains("d.md") && info.contains("draft: true"));
    }

    @Test
    void aHugoSectionPageWithTomlFrontMatterIsReadWhenBookYamlListsIt() {
        TestBooks.Folder folder = TestBooks.folder(dir, "title: B\ncolumns: [the-river/_index.md, a.md]\n")
                .write("columns/a.md", "# A\n\nx\n")
                .write("columns/the-river/_index.md", "+++\ntitle = 'The river'\ndate = 2020-03-01T09:00:00Z\n"
                        + "+++\nA series.\n");
        assertThat(folder.read().columns()).extracting(Column::title).containsExactly("The river", "A");
        assertThat(folder.read().columns().get(0).date()).contains(LocalDate.of(2020, 3, 1));
    }
}
