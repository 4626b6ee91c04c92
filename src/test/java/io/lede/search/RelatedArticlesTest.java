package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RelatedArticlesTest {

    private static String postAt(String url, String title, String body) {
        Map<String, Object> input = article(title, body);
        input.put("url", url);
        input.put("language", "en");
        return post(input).getString("id");
    }

    @Test
    void similarArticlesFirstNeverTheArticleOrItsDuplicates() {
        String topic = uniqueWord();
        String story = "Negotiators from both sides met in Geneva to discuss a ceasefire along the river " + topic
                + ". The envoys said prisoner exchanges and humanitarian corridors were on the table, and that a"
                + " second round would follow next week if both delegations agreed.";
        String original = postAt("https://a.example.org/" + topic, "Geneva ceasefire talks " + topic, story);
        postAt("https://b.example.org/" + topic, "Geneva ceasefire talks " + topic, story);
        String followUp = postAt("https://c.example.org/" + topic, "Envoys return to Geneva " + topic,
                "Envoys returned to Geneva for a second round of ceasefire negotiations on the river " + topic
                        + ", with prisoner exchanges and humanitarian corridors again on the table.");
        String unrelated = postAt("https://d.example.org/" + topic, "Harvest festival " + topic,
                "The village celebrated its apple harvest with music, cider and a parade by the " + topic + ".");
        awaitSearch(topic, r -> r.getLong("total.value") == 3);

        List<String> related = Eventually.until(() -> relatedIds(original), ids -> !ids.isEmpty());

        assertThat(related.get(0)).isEqualTo(followUp);
        assertThat(related).doesNotContain(original).hasSizeLessThanOrEqualTo(2);
        // The duplicate (same text under another URL) never shows; the harvest story shares only the topic word.
        assertThat(related).doesNotContain(unrelated);
    }

    @Test
    void unknownArticlesAre404AndSizesOutOfRange400() {
        given().when().get("/api/articles/" + UUID.randomUUID() + "/related").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/articles/not-an-id/related").then().statusCode(404);
        String id = post(article("Any " + uniqueWord(), "Body.")).getString("id");
        given().queryParam("size", 0).when().get("/api/articles/" + id + "/related").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
    }

    @Test
    void otherMethodsAre405() {
        String id = post(article("Any " + uniqueWord(), "Body.")).getString("id");
        given().when().patch("/api/articles/" + id + "/related").then().statusCode(405)
                .contentType("application/problem+json");
        given().when().delete("/api/articles/" + id + "/related").then().statusCode(405);
        // The article itself is still served by its own resource.
        given().when().get("/api/articles/" + id).then().statusCode(200);
    }

    private static List<String> relatedIds(String id) {
        return given().when().get("/api/articles/" + id + "/related").then().statusCode(200).extract().jsonPath()
                .getList("articles.id", String.class);
    }
}
