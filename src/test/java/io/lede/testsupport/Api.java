package io.lede.testsupport;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.hamcrest.Matchers;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Short hands for driving the REST API from tests. */
public final class Api {

    private Api() {
    }

    /**
     * A word that no other test uses, to keep tests sharing one index out of each other's results. Random letters
     * (hex digits become g to p), so that two of them are never within the few edits typo tolerance allows.
     */
    public static String uniqueWord() {
        StringBuilder word = new StringBuilder("zq");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append(Character.isDigit(c) ? (char) ('g' + (c - '0')) : c);
        }
        return word.toString();
    }

    /** A minimal valid article; add or override fields with {@code with}. */
    public static Map<String, Object> article(String title, String body) {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", title);
        article.put("body", body);
        return article;
    }

    /** Posts an article and returns the stored one, failing unless it was created or updated. */
    public static JsonPath post(Map<String, Object> article) {
        return given().contentType(ContentType.JSON).body(article)
                .when().post("/api/articles")
                .then().statusCode(Matchers.oneOf(200, 201))
                .extract().jsonPath();
    }

    public static JsonPath search(String query, Object... params) {
        return given().queryParam("q", query).queryParams(pairs(params))
                .when().get("/api/search")
                .then().statusCode(200)
                .extract().jsonPath();
    }

    /** Searches until the result satisfies {@code done}, since indexing follows a commit by up to a second or so. */
    public static JsonPath awaitSearch(String query, Predicate<JsonPath> done, Object... params) {
        return Eventually.until(() -> search(query, params), done);
    }

    public static List<String> hitIds(JsonPath result) {
        return result.getList("hits.id");
    }

    /** The hits with every word of the query, leaving out the partial matches that may follow them. */
    public static List<String> fullMatchIds(JsonPath result) {
        List<Map<String, Object>> hits = result.getList("hits");
        return hits.stream().filter(hit -> Boolean.TRUE.equals(hit.get("allWords"))).map(hit -> (String) hit.get("id"))
                .toList();
    }

    private static Map<String, Object> pairs(Object... params) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put((String) params[i], params[i + 1]);
        }
        return map;
    }
}
