package org.columnpress.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Block;
import org.columnpress.core.Reporter;
import org.columnpress.core.read.BookDefaults;
import org.columnpress.core.read.BookReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusGeneratorTest {

    @TempDir
    static Path folder;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    @Test
    void theSameSeedWritesTheSameBook() throws IOException {
        new CorpusGenerator(7).write(folder.resolve("a"), 12);
        new CorpusGenerator(7).write(folder.resolve("b"), 12);
        for (String file : List.of("book.yaml", "images/figure.png", "columns/00007-2004-02-20.md")) {
            assertThat(Files.readAllBytes(folder.resolve("a").resolve(file)))
                    .as(file).isEqualTo(Files.readAllBytes(folder.resolve("b").resolve(file)));
        }
    }

    @Test
    void theBookReadsWithEveryFeatureTheBenchmarkPromises() {
        new CorpusGenerator(3).write(folder.resolve("c"), 20);
        Book book = new BookReader(Reporter.silent()).read(folder.resolve("c"), BookDefaults.none());

        assertThat(book.columns()).hasSize(20);
        assertThat(book.columns()).extracting(c -> c.language()).contains("nl", "en");
        assertThat(book.columns()).allSatisfy(c -> {
            assertThat(c.subtitle()).isPresent();
            assertThat(c.source()).isPresent();
        });
        List<Block> blocks = book.columns().stream().flatMap(c -> c.body().stream()).toList();
        assertThat(blocks).hasAtLeastOneElementOfType(Block.ListBlock.class)
                .hasAtLeastOneElementOfType(Block.BlockQuote.class);
        assertThat(book.columns().stream().filter(c -> !c.footnotes().isEmpty())).hasSize(5);
        assertThat(blocks.stream().filter(b -> b instanceof Block.Image)).hasSize(2);
    }

    @Test
    void anIndexedBookListsTermsThatAllOccurAndAreFoundInOnePass() throws IOException {
        new CorpusGenerator(5).write(folder.resolve("i"), 200, 120);
        new CorpusGenerator(5).write(folder.resolve("j"), 200, 120);
        assertThat(Files.readAllBytes(folder.resolve("i/index.yaml")))
                .isEqualTo(Files.readAllBytes(folder.resolve("j/index.yaml")));
        List<String> warnings = new java.util.ArrayList<>();
        Book book = new BookReader(new Reporter() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
                warnings.add(message);
            }
        }).read(folder.resolve("i"), BookDefaults.none());

        assertThat(book.index()).hasSize(120);
        assertThat(warnings).as("no term goes unused").isEmpty();
        assertThat(book.index()).allSatisfy(term -> assertThat(term.occurrences()).as(term.term()).isNotEmpty());
        assertThat(book.index()).anySatisfy(term -> assertThat(term.seeAlso()).isNotEmpty());
        // the words in both languages: the Dutch term finds the English columns' words too
        assertThat(book.index()).filteredOn(term -> term.term().equals("fietspad")).singleElement()
                .satisfies(term -> assertThat(term.occurrences().stream().map(o -> o.owner()).distinct()
                        .map(owner -> book.columns().stream().filter(c -> c.id().equals(owner)).findFirst()
                                .orElseThrow().language()).distinct()).contains("nl", "en"));
    }
}
