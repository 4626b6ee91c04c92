package io.lede.api;

import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers a method the path does not take with a 405 problem and its {@code Allow} header, before routing. The REST
 * router sends its 405s without Allow, and lets a less specific path take the request: {@code DELETE
 * /api/articles/bulk} reached {@code DELETE /api/articles/{id}} as the article "bulk", a 404, where JAX-RS picks the
 * most specific path first and refuses the methods it lacks.
 */
public class MethodCheck {

    private final AllowedMethods allowed;

    public MethodCheck(AllowedMethods allowed) {
        this.allowed = allowed;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return allowed.refusing(path, request.getMethod()).map(allow -> Response.status(Response.Status.METHOD_NOT_ALLOWED)
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.ALLOW, allow)
                .entity(new Problem("about:blank", "Method Not Allowed", 405,
                        request.getMethod() + " is not a method " + path + " takes; it takes " + allow, path, List.of()))
                .build());
    }
}
