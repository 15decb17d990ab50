package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartSupportTest {

    private static final String HEAD = "<xsl:stylesheet version='1.0' xmlns:xsl='http://www.w3.org/1999/XSL/Transform'"
            + " xmlns:b='https://columnpress.org/ns/book/1' xmlns:fo='http://www.w3.org/1999/XSL/Format'>"
            + "<xsl:import href='https://columnpress.org/xsl/fo/columnpress.xsl'/>";

    @TempDir
    Path dir;

    @Test
    void theDefaultStylesheetAndOneThatOnlyChangesParamsAndTemplatesAreMadePartByPart() throws Exception {
        assertThat(PartSupport.honoured(Optional.empty())).isTrue();
        assertThat(PartSupport.honoured(Optional.of(write("light.xsl",
                "<xsl:param name='body.font.size' select=\"'11pt'\"/>"
                        + "<xsl:template match='b:column/b:subtitle'/>")))).isTrue();
    }

    @Test
    void aStylesheetWhoseOwnRootTemplateIgnoresThePartIsMadeInOnePiece() throws Exception {
        assertThat(PartSupport.honoured(Optional.of(write("root.xsl",
                "<xsl:template match='/b:book'><fo:root/></xsl:template>")))).isFalse();
        write("inner.xsl", "<xsl:template match=' / '><fo:root/></xsl:template>");
        assertThat(PartSupport.honoured(Optional.of(write("outer.xsl", "<xsl:include href='inner.xsl'/>"))))
                .as("a root template in a file it includes").isFalse();
    }

    @Test
    void aRootTemplateThatLooksAtThePartIsMadePartByPart() throws Exception {
        assertThat(PartSupport.honoured(Optional.of(write("aware.xsl",
                "<xsl:template match='/b:book'><fo:root><xsl:if test=\"$part = 'all'\"/></fo:root></xsl:template>"))))
                .isTrue();
    }

    private Path write(String name, String body) throws Exception {
        return Files.writeString(dir.resolve(name), HEAD.replace("<xsl:import href='https://columnpress.org/xsl/fo/columnpress.xsl'/>",
                name.equals("inner.xsl") ? "" : "<xsl:import href='https://columnpress.org/xsl/fo/columnpress.xsl'/>")
                + body + "</xsl:stylesheet>");
    }
}
