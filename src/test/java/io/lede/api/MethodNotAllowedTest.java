package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A request with a method the path does not take is a 405 problem whose Allow header lists the methods it does take
 * (RFC 9110 §15.5.6), so that a client or a proxy can correct itself.
 */
@QuarkusTest
class MethodNotAllowedTest {

    @Test
    void aWrongMethodIsA405ListingTheMethodsThePathTakes() {
        given().when().put("/api/search").then().statusCode(405).contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().when().patch("/api/articles/" + UUID.randomUUID()).then().statusCode(405)
                .header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
        given().when().delete("/api/articles/" + UUID.randomUUID() + "/related").then().statusCode(405)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
        given().when().get("/api/extract").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"))
                .body("detail", equalTo("GET is not a method /api/extract takes; it takes OPTIONS, POST"));
    }

    @Test
    void optionsListsWhatA405Allows() {
        given().when().options("/api/articles").then().statusCode(204).header("Allow", equalTo("OPTIONS, POST"));
        given().when().options("/api/articles/" + UUID.randomUUID() + "/related").then().statusCode(204)
                .header("Allow", equalTo("GET, HEAD, OPTIONS"));
    }

    /** Written byte for byte: HTTP clients upper-case the method. */
    @Test
    void methodNamesAreCaseSensitive() throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write("get /api/search HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertThat(response).startsWith("HTTP/1.1 405").containsIgnoringCase("Allow: GET, HEAD, OPTIONS");
        }
    }

    @Test
    void anEncodedSlashIsPartOfASegmentAsTheRouterReadsIt() {
        // "x%2Frelated" is an id, not "x" followed by "/related": a DELETE of it is a missing article.
        given().urlEncodingEnabled(false).when().delete("/api/articles/x%2Frelated").then().statusCode(404);
    }

    @Test
    void theMostSpecificPathDecidesAsInRouting() {
        // "bulk" is not an article id: the bulk endpoint takes POST only.
        given().when().delete("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().when().get("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().when().put("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
    }
}
