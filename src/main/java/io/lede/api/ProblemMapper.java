package io.lede.api;

import java.io.IOException;
import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.search.util.common.SearchException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure into an RFC 9457 {@code application/problem+json} response. Client mistakes become 4xx with
 * the field and the reason; only genuine server faults are 5xx, and those never leak internals.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response apiException(ApiException e, UriInfo uri) {
        return problem(e.status(), e.title(), e.getMessage(), uri, e.errors());
    }

    @ServerExceptionMapper
    public Response documentTooLarge(DocumentTooLargeException e, UriInfo uri) {
        return apiException(ApiException.tooLarge(e.limit()), uri);
    }

    /** Unknown paths (404), wrong methods (405), unsupported media types (415) and the like. */
    @ServerExceptionMapper
    public Response webApplicationException(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(status, reason(status), "The server could not complete the request", uri, List.of());
        }
        Response problem = problem(status, reason(status), detail(status, e.getMessage(), headers), uri, List.of());
        // A 405 must say which methods the resource allows (RFC 9110 §15.5.6); the router put them on its response.
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        return allow == null ? problem : Response.fromResponse(problem).header(HttpHeaders.ALLOW, allow).build();
    }

    /**
     * The router's own words name its annotation (@Consumes); a client needs its header's. (A 406 never comes from
     * the router: {@link RequestHeadersCheck} answers it first, naming Accept.)
     */
    private static String detail(int status, String message, HttpHeaders headers) {
        if (status == 415) {
            String type = headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            return (type == null ? "A body without a Content-Type" : "Content-Type " + type)
                    + " is not one this operation takes; /q/openapi lists the types of each";
        }
        return message;
    }

    @ServerExceptionMapper
    public Response searchException(SearchException e, UriInfo uri) {
        LOG.error("Search cluster request failed", e);
        return problem(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "Search unavailable",
                "The search cluster did not answer; please retry", uri, List.of());
    }

    /** The database refused connections or timed out handing one out: a retry later may succeed. */
    @ServerExceptionMapper
    public Response databaseUnavailable(JDBCConnectionException e, UriInfo uri) {
        LOG.error("Database unavailable", e);
        return problem(Response.Status.SERVICE_UNAVAILABLE.getStatusCode(), "Database unavailable",
                "The database did not answer; nothing was stored, please retry", uri, List.of());
    }

    /**
     * Last resort. Transactions and Hibernate wrap the failures above; find them among the causes first. An I/O
     * failure is the request body stopping (quarkus.http.read-timeout) or breaking off, which also ends a multipart
     * body early: the client's connection, not our failure.
     */
    @ServerExceptionMapper(priority = Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException database) {
                return databaseUnavailable(database, uri);
            }
            if (cause instanceof SearchException search) {
                return searchException(search, uri);
            }
            if (cause instanceof ApiException api) {
                return apiException(api, uri);
            }
            if (cause instanceof IOException io) {
                return String.valueOf(io.getMessage()).contains("timed out")
                        ? problem(408, "Request Timeout", "The request body stopped arriving; send it again", uri,
                                List.of())
                        : problem(400, "Unreadable body",
                                "The request body could not be read: it ended early or is not well formed", uri,
                                List.of());
            }
        }
        // Vert.x refuses more form parts or parameters than quarkus.http.limits.max-parameters with a bare
        // RuntimeException; that is the client's request, not our failure.
        if (e.getMessage() != null && e.getMessage().startsWith("Param limit of")) {
            return problem(413, "Too many parts", e.getMessage() + " (quarkus.http.limits.max-parameters)", uri,
                    List.of());
        }
        LOG.error("Unexpected failure", e);
        return problem(500, "Internal error", "The server could not complete the request", uri, List.of());
    }

    static Response problem(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getRequestUri().getRawPath();
        Problem body = new Problem("about:blank", title, status, detail, instance, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    private static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
