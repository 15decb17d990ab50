package org.columnpress.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.columnpress.core.TestBooks;
import org.columnpress.core.model.Block;
import org.columnpress.core.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Link targets reach the renderers as valid URIs (found by the CommonMark spec book: FOP refused them). */
class LinksTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        // The hrefs CommonMark's reference renderers write for the spec's examples 603, 346 and 526.
        "https://example.com/[\\|https://example.com/%5B%5C",
        "https://foo.bar.`baz|https://foo.bar.%60baz",
        "https://example.com/?search=](uri)|https://example.com/?search=%5D(uri)",
        "https://x.org/a b|https://x.org/a%20b",
        "https://x.org/%41%zz|https://x.org/%41%25zz",
        "https://nl.wikipedia.org/wiki/Brücke|https://nl.wikipedia.org/wiki/Br%C3%BCcke",
        "https://x.org/?q={a^b}x|https://x.org/?q=%7Ba%5Eb%7Dx",
        "mailto:me@z.org|mailto:me@z.org",
        "https://x.org/a-b_c.d~e!$&'()*+,;=:@/?#f|https://x.org/a-b_c.d~e!$&'()*+,;=:@/?#f",
    })
    void targetsArePercentEncodedLikeCommonMarkDoes(String written, String uri) throws URISyntaxException {
        assertThat(Links.uri(written)).isEqualTo(uri);
        // A valid URI as java.net.URI reads it: parsed without an error, with nothing left to escape.
        assertThat(new URI(uri).toASCIIString()).isEqualTo(uri);
    }

    @Test
    void anAutolinkWithCharactersAUriCannotHoldStillGivesAValidUri() {
        Block.Paragraph p = (Block.Paragraph) TestBooks.readColumn(dir, "c.md", "# T\n\n<https://example.com/[\\>\n")
                .body().get(0);
        assertThat(p.content()).containsExactly(new Inline.Link("https://example.com/%5B%5C",
                List.of(new Inline.Text("https://example.com/[\\"))));
    }

    @Test
    void aBareAddressInPlainTextGivesAValidUri() {
        Block.Paragraph p = (Block.Paragraph) TestBooks.readColumn(dir, "c.txt",
                "Title\n\nSee https://x.org/a|b{c}d for more.\n").body().get(0);
        assertThat(p.content()).contains(new Inline.Link("https://x.org/a%7Cb%7Bc%7Dd",
                List.of(new Inline.Text("https://x.org/a|b{c}d"))));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "https://../, false", "http://, false", "https://a..b/, false", "https://:80/, false",
        "https://example.com, true", "http://user@x.org:8080/p, true", "https://bücher.de/, true",
        "http://192.168.0.1/, true", "https://example.com./, true", "mailto:a@b.c, true",
    })
    void webAddressesMustNameAHost(String target, boolean valid) {
        assertThat(Links.hasHost(target)).isEqualTo(valid);
    }

    @Test
    void aLinkWithoutAValidHostIsPrintedAsTextWithAWarning() {
        TestBooks.Folder book = TestBooks.folder(dir, "title: B\n").write("columns/c.md", "# T\n\n<https://../>\n");
        Block.Paragraph p = (Block.Paragraph) book.read().columns().get(0).body().get(0);
        assertThat(p.content()).containsExactly(new Inline.Text("https://../"));
        assertThat(book.reporter.warnings).singleElement().asString()
                .contains("c.md:3:").contains("names no valid host");
    }

    @Test
    void aBareSchemeInPlainTextStaysText() {
        Block.Paragraph p = (Block.Paragraph) TestBooks.readColumn(dir, "c.txt", "Title\n\nType http:// first.\n")
                .body().get(0);
        assertThat(p.content()).containsExactly(new Inline.Text("Type http:// first."));
    }
}
