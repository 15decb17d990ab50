package org.columnpress.render.pdf.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import javax.xml.transform.Result;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.sax.SAXResult;
import javax.xml.transform.sax.SAXSource;
import org.columnpress.core.model.Book;
import org.columnpress.core.model.Column;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Transforms a book into one FO stream part by part (stylesheet parameter {@code part}): the front
 * matter from a skeleton of the book, then each column from a book XML holding only that column (and its
 * part: the first column of a part brings the part's title page), then the back matter from the skeleton
 * again. Only the skeleton and one column's XML (and the XSLT
 * processor's tree of it) are in memory at a time, while FOP lays out the pages before.
 */
final class BookParts {

    private final BookXmlWriter writer;

    BookParts(BookXmlWriter writer) {
        this.writer = writer;
    }

    /** @param transformer the compiled stylesheet's transformer, with every other parameter set */
    void transform(Book book, Transformer transformer, ContentHandler fop) throws TransformerException {
        ByteArrayOutputStream skeletonXml = new ByteArrayOutputStream(16 * 1024);
        writer.writeSkeleton(book, skeletonXml);
        byte[] skeleton = skeletonXml.toByteArray();
        FoPartJoiner joiner = new FoPartJoiner(fop);
        Result result = new SAXResult(joiner);
        XMLReader parser = parser(); // one parser for every part: making one per part costs more than parsing
        part(transformer, parser, "front", skeleton, result);
        ByteArrayOutputStream columnXml = new ByteArrayOutputStream(64 * 1024);
        for (Column column : book.columns()) {
            columnXml.reset();
            writer.writeOneColumn(book, column, columnXml);
            part(transformer, parser, "column", columnXml.toByteArray(), result);
        }
        part(transformer, parser, "back", skeleton, result);
        try {
            joiner.finish();
        } catch (SAXException e) {
            throw new TransformerException(e);
        }
    }

    private static void part(Transformer transformer, XMLReader parser, String part, byte[] xml, Result result)
            throws TransformerException {
        transformer.setParameter("part", part);
        transformer.transform(new SAXSource(parser, new InputSource(new ByteArrayInputStream(xml))), result);
    }

    private static XMLReader parser() throws TransformerException {
        try {
            SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException | SAXException e) {
            throw new TransformerException("Cannot make an XML parser: " + e.getMessage(), e);
        }
    }
}
