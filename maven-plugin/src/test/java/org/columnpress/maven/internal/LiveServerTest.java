package org.columnpress.maven.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve goal's server: the site as it is on disk plus the reload script, on loopback only. */
class LiveServerTest {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"nl\"><head><title>De brug</title></head>"
            + "<body><p>De brug stond open.</p></body></html>";

    @TempDir
    Path temp;
    Path site;
    LiveServer server;
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void start() throws IOException {
        site = Files.createDirectories(temp.resolve("site/de-brug"));
        site = site.getParent();
        Files.writeString(site.resolve("de-brug/index.html"), PAGE);
        Files.writeString(site.resolve("style.css"), "body { margin: 0 }");
        Files.writeString(site.resolve("feed.xml"), "<feed xmlns=\"http://www.w3.org/2005/Atom\"/>");
        Files.writeString(site.resolve("de-brug/de-brug.pdf"), "%PDF-1.7");
        Files.writeString(temp.resolve("secret.txt"), "not for the web");
        server = LiveServer.start(site, 0);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aPageIsServedWithTheReloadScriptWhichTheFileOnDiskDoesNotHave() throws Exception {
        HttpResponse<String> page = get("/de-brug/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.body()).contains("<p>De brug stond open.</p>" + LiveServer.SCRIPT + "</body>");
        assertThat(site.resolve("de-brug/index.html")).hasContent(PAGE);
        HttpResponse<String> css = get("/style.css");
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(css.body()).isEqualTo("body { margin: 0 }");
        assertThat(get("/feed.xml").headers().firstValue("Content-Type")).hasValue("application/atom+xml");
        HttpResponse<String> pdf = get("/de-brug/de-brug.pdf");
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdf.body()).isEqualTo("%PDF-1.7").doesNotContain("<script>");
    }

    @Test
    void aFolderWithoutItsSlashIsRedirectedSoThePagesRelativeLinksWork() throws Exception {
        HttpResponse<String> folder = get("/de-brug");

        assertThat(folder.statusCode()).isEqualTo(301);
        assertThat(folder.headers().firstValue("Location")).hasValue("/de-brug/");
        assertThat(get("/nergens/").statusCode()).isEqualTo(404);
    }

    @Test
    void headGivesTheLengthWithoutTheBodyAndOtherMethodsAreRefused() throws Exception {
        HttpResponse<String> head = client.send(HttpRequest.newBuilder(uri("/de-brug/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf((PAGE + LiveServer.SCRIPT).getBytes(StandardCharsets.UTF_8).length));
        assertThat(head.body()).isEmpty();

        HttpResponse<String> post = client.send(HttpRequest.newBuilder(uri("/de-brug/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void aPathOutsideTheSiteIsRefusedHoweverItIsWritten() throws IOException {
        for (String path : new String[] {"/../secret.txt", "/%2e%2e/secret.txt", "/de-brug/../../secret.txt",
                "/..%2fsecret.txt"}) {
            String response = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            assertThat(response).as(path).startsWith("HTTP/1.1 403").doesNotContain("not for the web");
        }
    }

    @Test
    void aRebuildSendsTheReloadEventToEveryOpenPage() throws Exception {
        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(("GET " + LiveServer.EVENTS + " HTTP/1.1\r\nHost: localhost\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            assertThat(lineStartingWith(in, "Content-Type")).isEqualToIgnoringCase("Content-Type: text/event-stream; charset=utf-8");
            assertThat(lineStartingWith(in, "retry:")).isEqualTo("retry: 1000");

            CompletableFuture<String> event = CompletableFuture.supplyAsync(() -> lineStartingWith(in, "event:"));
            Thread.sleep(100);
            server.reload();
            assertThat(event.get(5, TimeUnit.SECONDS)).isEqualTo("event: reload");
        }
    }

    @Test
    void itListensOnTheLoopbackAddressOnly() throws IOException {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        Optional<InetAddress> other = Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(face -> Collections.list(face.getInetAddresses()).stream())
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress()).findFirst();
        Assumptions.assumeTrue(other.isPresent(), "this machine has no address but loopback");
        try (Socket socket = new Socket()) {
            assertThatThrownBy(() -> socket.connect(new InetSocketAddress(other.get(), server.address().getPort()), 2000))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void aPortInUseIsAMessageNamingItAndTheProperty() {
        int taken = server.address().getPort();
        assertThatThrownBy(() -> LiveServer.start(site, taken))
                .isInstanceOf(LiveServer.PortInUseException.class)
                .hasMessage("Port " + taken + " is in use (another serve, or another server): stop it, or choose"
                        + " another port with -Dcolumnpress.port=" + (taken + 1) + ".");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.address().getPort() + path);
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(server.address().getAddress(), server.address().getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String lineStartingWith(BufferedReader in, String start) {
        try {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.regionMatches(true, 0, start, 0, start.length())) {
                    return line;
                }
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
