package io.lede.api;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses requests whose Host, Content-Type or Content-Length header cannot be read, before the REST layer reads
 * them: its parsers fail on such headers with exceptions that say nothing of the request (a media type that does
 * not parse, a multipart body with an empty boundary, a length past 2 GB, a Host that is no URI authority), which
 * would otherwise reach the client as a 500. The client gets a 400 naming the header instead.
 * <p>
 * Also refuses, with a 406, API requests whose Accept header rules out JSON, the only thing the API answers in. The
 * REST layer does so for reads but lets writes through (and a write would be stored, then answered in JSON anyway):
 * refusing here, before the body is read, makes every method alike and stores nothing the client cannot read about.
 */
public class RequestHeadersCheck {

    private static final String API = "/api/";
    private static final Pattern LENGTH = Pattern.compile("\\d{1,18}");
    /** RFC 2046: 1 to 70 characters. */
    private static final int MAX_BOUNDARY = 70;

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> check(ContainerRequestContext request) {
        return host(request.getHeaderString(HttpHeaders.HOST))
                .or(() -> contentType(request.getHeaderString(HttpHeaders.CONTENT_TYPE)))
                .or(() -> contentLength(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)))
                .map(reason -> refuse(Response.Status.BAD_REQUEST, "Invalid request", reason, request))
                .or(() -> accept(request).map(reason -> refuse(Response.Status.NOT_ACCEPTABLE, "Not Acceptable",
                        reason, request)));
    }

    /**
     * Whether one of the Accept header's media ranges takes JSON ({@code application/json}, {@code application/*},
     * {@code *}{@code /*}) with a quality above 0; ranges that do not parse are skipped, as RFC 9110 lets a server
     * do. No Accept header accepts anything.
     */
    private static Optional<Problem.FieldError> accept(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (values == null || !request.getUriInfo().getPath().startsWith(API)) {
            return Optional.empty();
        }
        for (String value : values) {
            if (value.isBlank()) {
                return Optional.empty();
            }
            for (String range : value.split(",")) {
                if (takesJson(range.strip())) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Problem.FieldError(HttpHeaders.ACCEPT,
                "must accept application/json: the API answers in JSON (errors in application/problem+json)"));
    }

    private static boolean takesJson(String range) {
        try {
            MediaType type = MediaType.valueOf(range);
            String quality = type.getParameters().get("q");
            return type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && (quality == null || Double.parseDouble(quality) > 0);
        } catch (IllegalArgumentException unreadable) { // NumberFormatException included
            return false;
        }
    }

    private static Optional<Problem.FieldError> host(String host) {
        if (host == null) {
            return Optional.empty();
        }
        try {
            new URI("http://" + host + "/");
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of(new Problem.FieldError(HttpHeaders.HOST, "is not a host name or address"));
        }
    }

    private static Optional<Problem.FieldError> contentType(String value) {
        if (value == null) {
            return Optional.empty();
        }
        MediaType type;
        try {
            type = MediaType.valueOf(value);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE, "is not a media type"));
        }
        if (type.getType().equalsIgnoreCase("multipart")) {
            String boundary = type.getParameters().get("boundary");
            if (boundary == null || boundary.isEmpty() || boundary.length() > MAX_BOUNDARY) {
                return Optional.of(new Problem.FieldError(HttpHeaders.CONTENT_TYPE,
                        "needs a boundary parameter of 1 to " + MAX_BOUNDARY + " characters for a multipart body"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> contentLength(String value) {
        if (value == null || LENGTH.matcher(value.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError(HttpHeaders.CONTENT_LENGTH, "is not a byte count"));
    }

    private static Response refuse(Response.Status status, String title, Problem.FieldError error,
            ContainerRequestContext request) {
        String detail = error.field() + ": " + error.reason();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status.getStatusCode(), detail,
                        request.getUriInfo().getPath(), List.of(error)))
                .build();
    }
}
