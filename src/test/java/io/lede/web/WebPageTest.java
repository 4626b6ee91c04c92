package io.lede.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The search page at {@code /}: served beside the API (not swallowed by its 404 problems), with its script and style
 * from files of their own so that a strict Content-Security-Policy can forbid inline code. Rendering itself is
 * plain DOM code in app.js; these checks guard what would silently break it or make it unsafe.
 */
@QuarkusTest
class WebPageTest {

    /** Ways of handing a string to the HTML parser; article text must never reach one. */
    private static final Pattern HTML_SINKS = Pattern.compile(
            "\\.(innerHTML|outerHTML)\\s*\\+?=|insertAdjacentHTML|document\\.write|createContextualFragment");

    @Test
    void rootIsTheSearchPage() {
        String page = given().when().get("/")
                .then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page).contains("<form id=\"search-form\"", "name=\"q\"", "role=\"search\"",
                "<script src=\"app.js\"", "href=\"app.css\"", "More results");
    }

    /** The files keep their names across releases: a browser must revalidate them, or keep an old script. */
    @Test
    void thePageAndItsFilesAreRevalidatedNotKeptForADay() {
        for (String path : new String[] { "/", "/app.js", "/app.css" }) {
            String cacheControl = given().when().get(path).then().statusCode(200).extract().header("Cache-Control");
            assertThat(cacheControl).as(path).contains("no-cache").doesNotContain("immutable");
        }
    }

    @Test
    void thePageCarriesAStrictContentSecurityPolicy() {
        String page = given().when().get("/").then().statusCode(200).extract().asString();

        var csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\"\\s+content=\"([^\"]+)\"")
                .matcher(page);
        assertThat(csp.find()).as("CSP meta tag").isTrue();
        assertThat(csp.group(1)).contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*");
        // The policy forbids inline code, so the page must have none: every script comes from a file.
        assertThat(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("<style", " style=",
                " onclick=", " onload=");
    }

    @Test
    void noOtherSiteMayFrameThePageNorBrowsersSniffTypes() {
        given().when().get("/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void scriptAndStylesheetAreServed() {
        given().when().get("/app.js")
                .then().statusCode(200).contentType(containsString("javascript"))
                .body(containsString("function highlighted("));
        given().when().get("/app.css")
                .then().statusCode(200).contentType(containsString("text/css"))
                .body(containsString("mark"));
    }

    @Test
    void theScriptNeverHandsTextToTheHtmlParser() {
        String script = given().when().get("/app.js").then().statusCode(200).extract().asString();

        assertThat(HTML_SINKS.matcher(script).find()).as("app.js uses an HTML sink").isFalse();
        assertThat(script).doesNotContain("eval(", "new Function(");
    }

    /** Serving the page must not change what the API answers for paths it does not know. */
    @Test
    void unknownApiPathsAreStillProblems() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", endsWith("/api/nothing-here"));
    }
}
