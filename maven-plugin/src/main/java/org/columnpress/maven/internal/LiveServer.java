package org.columnpress.maven.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The serve goal's web server: the web edition's folder on the loopback address only, with live reload.
 *
 * <p>The JDK's own {@code com.sun.net.httpserver} (module {@code jdk.httpserver}, in every JDK since 6 and
 * exported API): static files and one event stream are all a preview needs, and it adds no dependency to
 * the plugin (an embedded Jetty or Undertow would add megabytes and their own release cycle for nothing a
 * writer sees). GET and HEAD only; a path that would leave the site folder is refused; a folder is served
 * as its {@code index.html} (and {@code /a} is redirected to {@code /a/}, or the page's relative links would
 * miss); nothing is cached by the browser.
 *
 * <p>Live reload: every HTML response gets a small script, added by the server as it sends the page and
 * never written into the files on disk, which listens on {@value #EVENTS} (Server-Sent Events, plain HTTP
 * the browser reconnects by itself) and reloads the page at each {@code reload} event, sent by
 * {@link #reload()} after a successful rebuild.
 */
public final class LiveServer implements AutoCloseable {

    static final String EVENTS = "/_columnpress/events";
    static final String SCRIPT = "<script>/* Live reload, added by mvn columnpress:serve; not in the file on disk. */"
            + "new EventSource(\"" + EVENTS + "\").addEventListener(\"reload\",function(){location.reload();});"
            + "</script>";
    private static final Pattern BODY_END = Pattern.compile("(?i)</body\\s*>");
    /** A comment line this often finds a browser that went away without closing its connection. */
    private static final long PING_SECONDS = 15;
    private final Path site;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "columnpress-serve");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<BlockingQueue<Integer>> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicInteger builds = new AtomicInteger();
    private volatile boolean closed;

    private LiveServer(Path site, HttpServer server) {
        this.site = site.toAbsolutePath().normalize();
        this.server = server;
    }

    /** The port is taken; the message names it and how to choose another. */
    public static final class PortInUseException extends IOException {
        PortInUseException(int port, java.net.BindException cause) {
            super("Port " + port + " is in use (another serve, or another server): stop it, or choose another"
                    + " port with -Dcolumnpress.port=" + (port == 8080 ? 8081 : port + 1) + ".", cause);
        }
    }

    /**
     * Serves {@code site} (which need not exist yet) on {@code port} of the loopback address (0: any free port).
     *
     * @throws PortInUseException when the port is taken
     */
    public static LiveServer start(Path site, int port) throws IOException {
        HttpServer http;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (java.net.BindException e) {
            throw new PortInUseException(port, e);
        }
        LiveServer live = new LiveServer(site, http);
        http.createContext("/", live::handle);
        http.setExecutor(live.threads);
        http.start();
        return live;
    }

    /** The address it listens on: the loopback address and the port. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** Tells every open page to reload. */
    public void reload() {
        int build = builds.incrementAndGet();
        listeners.forEach(queue -> queue.offer(build));
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD.\n"));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (EVENTS.equals(path) && method.equals("GET")) {
                events(exchange);
                return;
            }
            Path file = fileFor(path);
            if (file == null) {
                send(exchange, 403, "text/plain; charset=utf-8", bytes("Outside the site.\n"));
            } else if (Files.isDirectory(file) && !path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", exchange.getRequestURI().getRawPath() + "/");
                send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + path + "/\n"));
            } else {
                Path shown = Files.isDirectory(file) ? file.resolve("index.html") : file;
                if (Files.isRegularFile(shown) && inside(shown)) {
                    String type = ContentTypes.of(shown);
                    byte[] content = Files.readAllBytes(shown);
                    send(exchange, 200, type, type.startsWith("text/html") ? withScript(content) : content);
                } else {
                    send(exchange, 404, "text/html; charset=utf-8", withScript(bytes("<!DOCTYPE html><html><head>"
                            + "<title>Not found</title></head><body><p>Not found: " + escape(path)
                            + " (not built yet? This page reloads after the next build.)</p></body></html>")));
                }
            }
        }
    }

    /** The file a request path names, or null when the path would leave the site folder. */
    private Path fileFor(String path) {
        if (path == null || !path.startsWith("/") || path.indexOf('\0') >= 0 || path.indexOf('\\') >= 0) {
            return null;
        }
        for (String segment : path.split("/")) {
            if (segment.equals("..")) {
                return null;
            }
        }
        Path file = site.resolve(path.substring(1)).normalize();
        return file.startsWith(site) ? file : null;
    }

    /** The file lies in the site folder by its real path too: a link inside the site may not lead out of it. */
    private boolean inside(Path file) throws IOException {
        return file.toRealPath().startsWith(site.toRealPath());
    }

    private void events(HttpExchange exchange) throws IOException {
        BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
        listeners.add(queue);
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(bytes("retry: 1000\n\n"));
            out.flush();
            while (!closed) {
                Integer build = queue.poll(PING_SECONDS, TimeUnit.SECONDS);
                out.write(bytes(build == null ? ": ping\n\n" : "event: reload\ndata: " + build + "\n\n"));
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The page went away.
        } finally {
            listeners.remove(queue);
        }
    }

    static byte[] withScript(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        Matcher end = BODY_END.matcher(page);
        int at = -1;
        while (end.find()) {
            at = end.start();
        }
        return bytes(at < 0 ? page + SCRIPT : page.substring(0, at) + SCRIPT + page.substring(at));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        // HEAD: the length the GET would send, and no body (-1 tells the server there is none).
        if (head) {
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        }
        exchange.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Stops serving: open event streams end, the port is free again. */
    @Override
    public void close() {
        closed = true;
        server.stop(0);
        threads.shutdownNow();
    }
}
