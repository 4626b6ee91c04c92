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
                .or(() -> contentEncoding(request.getHeaderString(HttpHeaders.CONTENT_ENCODING)).map(reason -> Response
                        .fromResponse(refuse(Response.Status.UNSUPPORTED_MEDIA_TYPE, "Unsupported Media Type", reason,
                                request))
                        .header(HttpHeaders.ACCEPT_ENCODING, "identity").build()))
                .or(() -> accept(request).map(reason -> refuse(Response.Status.NOT_ACCEPTABLE, "Not Acceptable",
                        reason, request)));
    }

    /**
     * Whether the Accept header takes JSON: the most specific of its media ranges that covers
     * {@code application/json} ({@code application/json}, else {@code application/*}, else {@code *}{@code /*}) has a
     * quality above 0, as RFC 9110 §12.5.1 ranks them. Ranges that do not parse are skipped; no Accept header
     * accepts anything.
     */
    private static Optional<Problem.FieldError> accept(ContainerRequestContext request) {
        List<String> values = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (values == null || !request.getUriInfo().getPath().startsWith(API)) {
            return Optional.empty();
        }
        int bestSpecificity = -1;
        double bestQuality = 0;
        for (String value : values) {
            if (value.isBlank()) {
                return Optional.empty();
            }
            for (String range : value.split(",")) {
                MediaType type;
                double quality;
                try {
                    type = MediaType.valueOf(range.strip());
                    String q = type.getParameters().get("q");
                    quality = q == null ? 1 : Double.parseDouble(q);
                } catch (IllegalArgumentException unreadable) { // NumberFormatException included
                    continue;
                }
                if (!type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                    continue;
                }
                int specificity = type.isWildcardType() ? 0 : type.isWildcardSubtype() ? 1 : 2;
                if (specificity > bestSpecificity) {
                    bestSpecificity = specificity;
                    bestQuality = quality;
                }
            }
        }
        if (bestSpecificity >= 0 && bestQuality > 0) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError(HttpHeaders.ACCEPT,
                "must accept application/json: the API answers in JSON (errors in application/problem+json)"));
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

    /**
     * Compressed bodies are refused (RFC 9110 §15.5.16), not read as if plain: inflating them would let a small
     * upload fill the disk, as multipart files are written out whole before their size is checked.
     */
    private static Optional<Problem.FieldError> contentEncoding(String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("identity")) {
            return Optional.empty();
        }
        return Optional.of(new Problem.FieldError(HttpHeaders.CONTENT_ENCODING,
                "bodies are read as sent: send them uncompressed"));
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
