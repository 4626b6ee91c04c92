package io.lede.api;

import java.util.List;

import jakarta.ws.rs.core.Response.Status;

/**
 * A request the service refuses, with everything needed to tell the client why. Thrown by resources and services,
 * turned into a problem response by {@link ProblemMapper}.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    /** 400 for one field, e.g. {@code invalid("size", "must be between 1 and 100")}. */
    public static ApiException invalid(String field, String reason) {
        return invalid(List.of(new Problem.FieldError(field, reason)));
    }

    public static ApiException invalid(List<Problem.FieldError> errors) {
        String detail = errors.stream().map(e -> e.field() + ": " + e.reason())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "Invalid request", detail, errors);
    }

    public static ApiException malformed(String detail) {
        return new ApiException(Status.BAD_REQUEST.getStatusCode(), "Malformed request body", detail, List.of());
    }

    public static ApiException notFound(String detail) {
        return new ApiException(Status.NOT_FOUND.getStatusCode(), "Not found", detail, List.of());
    }

    public static ApiException conflict(String field, String reason) {
        return new ApiException(Status.CONFLICT.getStatusCode(), "Conflict", field + ": " + reason,
                List.of(new Problem.FieldError(field, reason)));
    }

    public static ApiException tooLarge(long limitBytes) {
        return new ApiException(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "Document too large",
                "A document may be at most " + limitBytes + " bytes (lede.ingest.max-document-size)", List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
