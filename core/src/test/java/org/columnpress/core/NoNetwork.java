package org.columnpress.core;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;

/**
 * For tests of hostile input that points at a local server (an SVG's external entity, a link to fetch):
 * nothing may have connected to it, since a build never fetches anything.
 */
public final class NoNetwork {

    private NoNetwork() {
    }

    /** Fails when anything connected to {@code server}, or connects within a moment. */
    public static void assertNothingConnected(ServerSocket server, String what) throws IOException {
        server.setSoTimeout(300);
        try {
            server.accept().close();
            throw new AssertionError(what + " made a connection");
        } catch (SocketTimeoutException expected) {
            // nothing connected
        }
    }
}
