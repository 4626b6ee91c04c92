package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

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
    void theMostSpecificPathDecidesAsInRouting() {
        // "bulk" is not an article id: the bulk endpoint takes POST only.
        given().when().delete("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().when().get("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
        given().when().put("/api/articles/bulk").then().statusCode(405).header("Allow", equalTo("OPTIONS, POST"));
    }
}
