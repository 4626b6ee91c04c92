package io.lede.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.lede.api.Problem;

/**
 * Refuses API requests without a valid key when {@code lede.security.api-keys} is set: writes always, reads when
 * {@code protect-reads} is on. Health, metrics and OpenAPI ({@code /q/*}) stay open for probes and scrapers.
 */
public class ApiKeyFilter {

    private static final String BEARER = "Bearer ";
    private static final List<String> READ_METHODS = List.of("GET", "HEAD", "OPTIONS");

    private final SecurityConfig config;

    public ApiKeyFilter(SecurityConfig config) {
        this.config = config;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> requireKey(ContainerRequestContext request) {
        List<String> keys = config.apiKeys().orElse(List.of());
        String path = request.getUriInfo().getPath();
        if (keys.isEmpty() || !path.startsWith("/api/")) {
            return Optional.empty();
        }
        boolean read = READ_METHODS.contains(request.getMethod());
        if (read && !config.protectReads()) {
            return Optional.empty();
        }
        Optional<String> given = presented(request);
        if (given.isPresent() && keys.stream().anyMatch(key -> sameKey(key, given.get()))) {
            return Optional.empty();
        }
        String detail = given.isEmpty()
                ? "This request needs an API key: Authorization: Bearer KEY, or X-API-Key: KEY"
                : "The API key given is not one of this service's keys";
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Unauthorized", 401, detail, path, List.of()))
                .build());
    }

    private static Optional<String> presented(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.of(authorization.substring(BEARER.length()).strip());
        }
        return Optional.ofNullable(request.getHeaderString("X-API-Key")).map(String::strip);
    }

    /** Compared in constant time, so response times do not reveal how much of a key was right. */
    private static boolean sameKey(String expected, String given) {
        return MessageDigest.isEqual(expected.strip().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
