package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
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

    /** The whole response to one raw request on its own connection. */
    private static String send(String request) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
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
}
