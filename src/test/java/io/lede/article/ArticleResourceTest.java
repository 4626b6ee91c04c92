package io.lede.article;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class ArticleResourceTest {

    @Test
    void createsAnArticle() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": \"Harbour reopens\", \"body\": \"The harbour reopened on Monday.\"}")
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Harbour reopens"));
    }
}
