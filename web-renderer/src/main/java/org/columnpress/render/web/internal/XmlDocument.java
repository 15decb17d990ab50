package org.columnpress.render.web.internal;

import java.io.OutputStream;
import javax.xml.XMLConstants;
import org.columnpress.core.render.html.MarkupWriter;

/** The writer of the site's XML files (the Atom feed, the sitemap): core's escaping writer, with the declaration. */
final class XmlDocument extends MarkupWriter<XmlDocument> {

    private XmlDocument(OutputStream stream) {
        super(stream, "the web edition's XML");
    }

    static XmlDocument of(OutputStream stream) {
        return new XmlDocument(stream).declaration();
    }

    XmlDocument xmlLang(String language) {
        return attrNs("xml", XMLConstants.XML_NS_URI, "lang", language);
    }
}
