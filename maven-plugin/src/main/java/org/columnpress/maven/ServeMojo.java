package org.columnpress.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.columnpress.core.publish.PublishRequest;
import org.columnpress.core.render.Renderers;
import org.columnpress.maven.internal.LiveServer;

/**
 * {@code watch}, serving the web edition ({@code target/<finalName>-web/}) on
 * {@code http://localhost:8080/} with live reload: an open page reloads after each successful rebuild. The
 * server listens on the loopback address only (the preview is not published to the network) and adds its
 * reload script to the pages it sends, never to the files on disk. The web edition is built whatever
 * {@code formats} says. Run it as {@code mvn columnpress:serve}; Ctrl-C stops it.
 *
 * @since 0.1.0
 */
@Mojo(name = "serve", threadSafe = true)
public class ServeMojo extends WatchMojo {

    /** The format whose folder is served. */
    private static final String WEB = "web";

    /**
     * The port to serve on, on the loopback address (127.0.0.1).
     * @since 0.1.0
     */
    @Parameter(property = "columnpress.port", defaultValue = "8080")
    private int port;

    @Override
    protected List<String> formats(List<String> configured) {
        List<String> formats = new ArrayList<>(configured);
        if (!formats.contains(WEB)) {
            formats.add(WEB);
        }
        return formats;
    }

    @Override
    protected void requireRenderers(Renderers renderers) throws MojoFailureException {
        if (!renderers.names().contains(WEB)) {
            throw new MojoFailureException("serve shows the web edition, and no renderer of format 'web' is on the"
                    + " plugin's class path (found: " + String.join(", ", renderers.names()) + "). Use a"
                    + " Columnpress version with the web renderer, or run columnpress:watch instead.");
        }
    }

    @Override
    protected LiveServer serve(PublishRequest request) throws MojoFailureException, MojoExecutionException {
        if (port < 0 || port > 65535) {
            throw new MojoFailureException("Port " + port + " is no port: choose one from 1 to 65535 with"
                    + " -Dcolumnpress.port=8081.");
        }
        Path site = request.outputDirectory().resolve(request.baseName() + "-" + WEB);
        try {
            LiveServer server = LiveServer.start(site, port);
            getLog().info("Columnpress: serving " + projectDirectory().relativize(site.toAbsolutePath().normalize())
                    + " on http://localhost:" + server.address().getPort() + "/ (this computer only; pages reload"
                    + " after each rebuild)");
            return server;
        } catch (LiveServer.PortInUseException e) {
            // Not the cause: Maven would add its "Address already in use" to the message. With -e it still shows.
            MojoFailureException failure = new MojoFailureException(e.getMessage());
            failure.addSuppressed(e);
            throw failure;
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot serve on port " + port + ": " + e, e);
        }
    }
}
