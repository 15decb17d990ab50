package org.columnpress.render.pdf.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.columnpress.core.Reporter;
import org.junit.jupiter.api.Test;

class CoverXmlWriterTest {

    @Test
    void theCoverXmlWithImageBlurbBioPriceAndBarcodeIsValidAgainstTheSchema() throws Exception {
        CoverText text = new CoverText(CoverBooks.blurb(), Optional.empty(), CoverBooks.bio(), Optional.of("USD 19.95"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CoverXmlWriter(Reporter.silent()).write(CoverBooks.book("Titel", "urn:isbn:" + CoverBooks.ISBN), text,
                Optional.of(new CoverXmlWriter.FrontImage(Path.of("/tmp/cover.png"), 1800, 2700)),
                Optional.of(IsbnBarcode.of(CoverBooks.ISBN, Optional.of("51995"))), out);
        byte[] xml = out.toByteArray();
        var schema = SchemaFactory.newDefaultInstance()
                .newSchema(getClass().getResource("/org/columnpress/render/pdf/schema/book.xsd"));
        assertThatCode(() -> schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml))))
                .doesNotThrowAnyException();
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<cover xmlns=\"https://columnpress.org/ns/book/1\"",
                "cover.png\" width=\"1800\" height=\"2700\"/><blurb><p>", "<price>USD 19.95</price>",
                "<barcode digits=\"9789012345675\" modules=\"95\"><bar x=\"0\" w=\"1\" guard=\"true\"/>",
                "<add-on digits=\"51995\" modules=\"47\"><bar x=\"0\" w=\"1\"/><bar x=\"2\" w=\"2\"/>");
    }
}
