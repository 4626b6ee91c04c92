package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OpenApiTest {

    @Test
    void describesEveryEndpointAndTheProblemFormat() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths", hasKey("/api/articles"))
                .body("paths", hasKey("/api/articles/{id}"))
                .body("paths", hasKey("/api/articles/bulk"))
                .body("paths", hasKey("/api/search"))
                .body("paths", hasKey("/api/admin/reindex"))
                .body("paths.'/api/admin/reindex'.post.responses", hasKey("409"))
                .body("paths.'/api/articles'.post.responses", hasKey("413"))
                .body("paths.'/api/articles'.post.responses.'400'.content", hasKey("application/problem+json"))
                .body("components.schemas", hasKey("Problem"))
                .body("components.schemas.ArticleInput.properties", hasKey("html"))
                .body("components.schemas.ArticleInput.properties", hasKey("markdown"))
                .body("components.schemas.ArticleInput.properties", hasKey("text"))
                .body("paths.'/api/extract'.post.requestBody.content", hasKey("application/json"));
    }

    @Test
    void describesEverySearchParameterAndTheResponseParts() {
        given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/search'.get.parameters.name", hasItems("q", "page", "size", "cursor", "sort",
                        "source", "author", "language", "tag", "from", "to", "typos", "recency", "facets",
                        "highlight", "fragmentSize", "highlightPreTag", "highlightPostTag"))
                .body("paths.'/api/search'.get.responses.'400'.content", hasKey("application/problem+json"))
                .body("components.schemas.SearchResponse.properties", hasKey("nextCursor"))
                .body("components.schemas.SearchResponse.properties", hasKey("didYouMean"))
                .body("components.schemas.SearchResponse.properties", hasKey("facets"))
                .body("components.schemas.Total.properties", hasKey("relation"))
                .body("paths", hasKey("/api/articles/{id}/related"))
                .body("paths.'/api/articles/{id}/related'.get.responses", hasKey("404"));
    }
}
