package io.lede.api;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * Answers a method the path does not take with a 405 problem and its {@code Allow} header, before routing, and
 * OPTIONS with the same list. The REST router sends its 405s without Allow, lets a less specific path take the
 * request ({@code DELETE /api/articles/bulk} reached {@code DELETE /api/articles/{id}} as the article "bulk", a 404,
 * where JAX-RS picks the most specific path first and refuses the methods it lacks), and answers OPTIONS with every
 * method of the resource class.
 */
public class MethodCheck {

    private final AllowedMethods allowed;

    public MethodCheck(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request, HttpServerRequest http) {
        // As sent, percent-encoded: "x%2Frelated" is one segment to the router, so it is one here too. (Read from
        // Vert.x: the JAX-RS request URI includes the Host header, which may not parse; RequestHeadersCheck says so.)
        String path = http.path();
        String method = request.getMethod();
        return allowed.of(path).flatMap(methods -> {
            String allow = String.join(", ", methods);
            if (method.equals(HttpMethod.OPTIONS)) {
                return Optional.of(Response.noContent().header(HttpHeaders.ALLOW, allow).build());
            }
            if (methods.contains(method)) {
                return Optional.empty();
            }
            return Optional.of(Response.status(Response.Status.METHOD_NOT_ALLOWED).type(Problem.MEDIA_TYPE)
                    .header(HttpHeaders.ALLOW, allow)
                    .entity(new Problem("about:blank", "Method Not Allowed", 405,
                            method + " is not a method " + path + " takes; it takes " + allow, path, List.of()))
                    .build());
        });
    }
}
