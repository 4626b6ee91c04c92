package io.lede.article;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a bulk response, for the OpenAPI description: {@link BulkIngest} writes it as a stream, item by item,
 * so that a long upload's results need not be held in memory.
 */
@Schema(name = "BulkResult", description = "One result per NDJSON line or uploaded file, then the totals")
public record BulkResult(List<Item> items, long created, long updated, long failed, long tookMs) {

    @Schema(name = "BulkItem")
    public record Item(
            @Schema(description = "The line's number, for an NDJSON body") Long line,
            @Schema(description = "The part's number, for a multipart upload") Long part,
            @Schema(description = "The uploaded file's name, for a multipart upload") String file,
            @Schema(description = "A form field's name, for a multipart part that is no file (refused with 400: "
                    + "its value is not read as a document)") String field,
            @Schema(description = "201 created, 200 updated, or the 4xx the same article alone would get") int status,
            @Schema(description = "The stored article's id, when stored") String id,
            @Schema(description = "Why it was refused, when refused") String error) {
    }
}
