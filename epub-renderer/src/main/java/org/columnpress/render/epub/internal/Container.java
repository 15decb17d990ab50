package org.columnpress.render.epub.internal;

import java.io.OutputStream;

/** {@code META-INF/container.xml}: points readers at the package document. */
final class Container {

    private static final String NS = "urn:oasis:names:tc:opendocument:xmlns:container";

    private Container() {
    }

    static void write(OutputStream out, String packagePath) {
        Xhtml x = Xhtml.xml(out);
        x.start("container").namespace("", NS).attr("version", "1.0");
        x.start("rootfiles");
        x.empty("rootfile", "full-path", packagePath, "media-type", "application/oebps-package+xml");
        x.end().end().finish();
    }
}
