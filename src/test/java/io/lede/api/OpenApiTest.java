package io.lede.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
                // Typed for generated clients and validators: numbers with their bounds, words with their choices.
                .body("paths.'/api/search'.get.parameters.find { it.name == 'size' }.schema.type", equalTo("integer"))
                .body("paths.'/api/search'.get.parameters.find { it.name == 'size' }.schema.maximum", equalTo(100))
                .body("paths.'/api/search'.get.parameters.find { it.name == 'sort' }.schema.enum",
                        hasItems("relevance", "newest", "oldest"))
                .body("components.schemas.ArticleInput.properties.title.maxLength", equalTo(1000))
                // Both ways of bulk loading are one operation: it describes both, and its result.
                .body("paths.'/api/articles/bulk'.post.description", containsString("multipart/form-data"))
                .body("paths.'/api/articles/bulk'.post.description", containsString("application/x-ndjson"))
                .body("components.schemas.BulkItem.properties", hasKey("status"))
                .body("components.schemas.SearchResponse.properties", hasKey("nextCursor"))
                .body("components.schemas.SearchResponse.properties", hasKey("didYouMean"))
                .body("components.schemas.SearchResponse.properties", hasKey("facets"))
                .body("components.schemas.Total.properties", hasKey("relation"))
                .body("components.schemas.Hit.properties", hasKey("duplicates"))
                .body("paths", hasKey("/api/articles/{id}/related"))
                .body("paths.'/api/articles/{id}/related'.get.responses", hasKey("404"))
                .body("paths.'/api/articles'.post.responses", hasKey("401"));
    }

    /**
     * Every operation of the API says how it refuses requests, each refusal an RFC 9457 problem: a 4xx when it takes
     * any input, 406 for an Accept that rules out JSON, 503 when it needs the database or the search cluster, 413 and
     * 415 when it takes a request body.
     */
    @Test
    @SuppressWarnings("unchecked")
    void everyApiOperationDocumentsItsErrorsAsProblems() {
        Map<String, Map<String, Object>> paths = given().queryParam("format", "json")
                .when().get("/q/openapi")
                .then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, Object> method : path.getValue().entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                    continue;
                }
                String name = method.getKey().toUpperCase() + " " + path.getKey();
                operations.add(name);
                Map<String, Object> operation = (Map<String, Object>) method.getValue();
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation
                        .get("responses");
                boolean takesInput = operation.containsKey("parameters") || operation.containsKey("requestBody")
                        || path.getValue().containsKey("parameters");
                if (takesInput) {
                    assertThat(responses.keySet()).as(name).anyMatch(code -> code.startsWith("4"));
                }
                assertThat(responses).as(name).containsKey("406");
                if (!ProblemResponses.WITHOUT_BACKENDS.contains(path.getKey())) {
                    assertThat(responses).as(name).containsKey("503");
                }
                if (operation.containsKey("requestBody")) {
                    assertThat(responses).as(name).containsKeys("413", "415");
                }
                responses.forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        assertThat(content).as(name + " " + code).containsOnlyKeys("application/problem+json");
                        Map<String, Object> problem = (Map<String, Object>) content.get("application/problem+json");
                        assertThat(((Map<String, Object>) problem.get("schema")).get("$ref")).as(name + " " + code)
                                .isEqualTo("#/components/schemas/Problem");
                    }
                });
            }
        }
        assertThat(operations).contains("POST /api/articles", "PUT /api/articles/{id}", "GET /api/articles/{id}",
                "DELETE /api/articles/{id}", "POST /api/articles/bulk", "POST /api/extract", "GET /api/search",
                "GET /api/articles/{id}/related", "GET /api/suggest", "POST /api/admin/reindex");
    }
}
