package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Requests that are broken as HTTP, written byte for byte because HTTP clients refuse to send them: each gets a
 * prompt 4xx, never a 5xx, a stack trace or a hang, and the service keeps answering.
 */
@QuarkusTest
class ProtocolErrorsTest {

    /**
     * The response to one raw request on its own connection: all of it, until the server closes the connection or,
     * once it has answered, stays silent for a second (a server that refuses a body early may keep the connection
     * open for the rest of it).
     */
    private static String send(String request) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream response = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    response.write(buffer, 0, n);
                    socket.setSoTimeout(1_000);
                }
            } catch (SocketTimeoutException silent) {
                if (response.size() == 0) {
                    throw silent;
                }
            }
            return response.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String get(String target, String headers) throws Exception {
        return send("GET " + target + " HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
    }

    /** The status code of a raw response, which Vert.x writes as HTTP/1.0 when it could not read the version. */
    private static int status(String response) {
        assertThat(response).matches("(?s)HTTP/1\\.[01] \\d{3} .*");
        return Integer.parseInt(response.substring(9, 12));
    }

    @Test
    void anUnparseableHostHeaderIsAProblemWithoutAStackTrace() throws Exception {
        String response = get("/api/search?q=ceasefire", "Host: ZAP%n%s%n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400 ")
                .containsIgnoringCase("content-type: application/problem+json")
                .contains("\"status\":400", "Host")
                .doesNotContain("at io.vertx", "stack");
    }

    @Test
    void requestsVertxCannotDecodeAreRefusedWithTheirStatus() throws Exception {
        assertThat(status(get("/api/search?q=%zz", "Host: lede\r\n"))).isEqualTo(400);
        assertThat(status(get("/api/search?q=ceasefire", "Host: lede\r\nX-Padding: " + "p".repeat(40_000) + "\r\n")))
                .isEqualTo(431);
        assertThat(status(get("/api/search?q=" + "q".repeat(20_000), "Host: lede\r\n"))).isEqualTo(414);
        assertThat(status(send("NOT HTTP AT ALL\r\n\r\n"))).isEqualTo(400);

        given().when().get("/q/health/live").then().statusCode(200);
    }

    /** A raw POST of {@code body} with the given extra headers and a Content-Length of its own. */
    private static String post(String target, String headers, String body) throws Exception {
        return send("POST " + target + " HTTP/1.1\r\nHost: lede\r\n" + headers + "Content-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
    }

    @Test
    void unreadableHeadersAreA400NamingTheHeader() throws Exception {
        String json = "{\"title\": \"Ferry timetable\", \"body\": \"The winter timetable starts on Monday.\"}";

        assertThat(post("/api/articles", "Content-Type: garbage\r\n", json))
                .startsWith("HTTP/1.1 400 ").contains("application/problem+json", "\"field\":\"Content-Type\"");
        assertThat(post("/api/articles", "Content-Type: application/json, text/html\r\n", json))
                .startsWith("HTTP/1.1 400 ").contains("\"field\":\"Content-Type\"");
        assertThat(post("/api/articles/bulk", "Content-Type: multipart/form-data; boundary=\r\n", "x"))
                .startsWith("HTTP/1.1 400 ").contains("boundary");
        assertThat(get("/api/articles/nope", "Host: [v1.x]\r\n"))
                .startsWith("HTTP/1.1 400 ").contains("application/problem+json", "\"field\":\"Host\"");
    }

    @Test
    void aLengthPastTwoGigabytesIsTooLargeAndNoBodyIsNotAServerError() throws Exception {
        String declared = send("POST /api/articles HTTP/1.1\r\nHost: lede\r\nContent-Type: application/json\r\n"
                + "Content-Length: 2147483648\r\nConnection: close\r\n\r\n{}");
        assertThat(declared).startsWith("HTTP/1.1 413 ").contains("application/problem+json");

        assertThat(post("/api/extract", "", "<h1>Ferry timetable</h1>")).startsWith("HTTP/1.1 415 ");
        assertThat(post("/api/articles/bulk", "Content-Type: multipart/form-data; boundary=abc\r\n",
                "--abc\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.html\"\r\n\r\n<h1>cut"))
                .matches("(?s)HTTP/1\\.1 4\\d\\d .*");
    }
}
