package org.columnpress.render.web.check;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The checkers' fixture folders, under this package in the test resources. */
final class Fixtures {

    private Fixtures() {
    }

    static Path folder(String name) {
        URL url = Fixtures.class.getResource(name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name + " beside " + Fixtures.class.getName());
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(url.toString(), e);
        }
    }
}
