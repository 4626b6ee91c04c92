package io.lede.security;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** With API keys set, writes need one of them; reads, health and OpenAPI stay open. Its own Quarkus start. */
@QuarkusTest
@TestProfile(ApiKeyTest.TwoKeys.class)
class ApiKeyTest {

    public static class TwoKeys implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("lede.security.api-keys", "first-key-123,second-key-456");
        }
    }

    @Test
    void aWriteWithoutAValidKeyIs401AndStoresNothing() {
        String word = uniqueWord();
        given().contentType(ContentType.JSON).body(article("Refused " + word, "Body."))
                .when().post("/api/articles")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("detail", containsString("API key"));
        given().contentType(ContentType.JSON).body(article("Refused " + word, "Body."))
                .header("Authorization", "Bearer first-key-12")
                .when().post("/api/articles")
                .then().statusCode(401).body("detail", containsString("not one of"));
        given().when().delete("/api/articles/00000000-0000-0000-0000-000000000000").then().statusCode(401);
        given().when().post("/api/admin/reindex").then().statusCode(401);

        given().queryParam("q", word).when().get("/api/search").then().statusCode(200).body("total.value", equalTo(0));
    }

    @Test
    void eitherKeyWritesByEitherHeader() {
        given().contentType(ContentType.JSON).body(article("Accepted " + uniqueWord(), "Body."))
                .header("Authorization", "Bearer first-key-123")
                .when().post("/api/articles").then().statusCode(201);
        given().contentType(ContentType.JSON).body(article("Accepted " + uniqueWord(), "Body."))
                .header("X-API-Key", "second-key-456")
                .when().post("/api/articles").then().statusCode(201);
    }

    @Test
    void readsProbesAndTheApiDescriptionNeedNoKey() {
        given().queryParam("q", "anything").when().get("/api/search").then().statusCode(200);
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/openapi").then().statusCode(200);
    }
}
