package io.lede.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The service as it runs in production (the {@code prod} profile: JSON logs, Swagger UI off unless switched on),
 * with Swagger UI switched on at run time as {@code QUARKUS_SWAGGER_UI_ENABLED=true} would: the switch works on the
 * built jar, not only at build time. Its own Quarkus start, so the suite runs it after the others.
 */
@QuarkusTest
@TestProfile(ProductionProfileTest.ProductionWithSwaggerUi.class)
class ProductionProfileTest {

    public static class ProductionWithSwaggerUi implements QuarkusTestProfile {

        @Override
        public String getConfigProfile() {
            return "prod";
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.swagger-ui.enabled", "true");
        }
    }

    @Test
    void swaggerUiCanBeSwitchedOnInProduction() {
        given().when().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
        given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void probesAndMetricsAnswerInProduction() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/health/started").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("lede_search_seconds"));
    }
}
