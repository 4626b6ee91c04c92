package io.lede.metrics;

import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Counts the outcome of each {@link MeteredIngest} request. It runs on the final response, so articles refused with
 * a problem response (400, 409, 413 ...) are counted as rejected.
 */
@Provider
@MeteredIngest
public class IngestMetricsFilter implements ContainerResponseFilter {

    private final IngestMetrics metrics;

    public IngestMetricsFilter(IngestMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        metrics.article(format(request.getMediaType()), response.getStatus());
    }

    static IngestMetrics.Format format(MediaType type) {
        String subtype = type == null ? "" : type.getSubtype().toLowerCase(Locale.ROOT);
        return switch (subtype) {
            case "html" -> IngestMetrics.Format.HTML;
            case "markdown", "x-markdown" -> IngestMetrics.Format.MARKDOWN;
            case "plain" -> IngestMetrics.Format.TEXT;
            default -> IngestMetrics.Format.JSON;
        };
    }
}
