package io.lede.article;

import java.io.IOException;
import java.io.InputStream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.lede.api.ApiException;
import io.lede.api.BoundedInputStream;

/** Applies {@code lede.ingest.max-document-size} to request bodies that hold one document. */
@ApplicationScoped
public class DocumentLimit {

    private final IngestConfig config;

    public DocumentLimit(IngestConfig config) {
        this.config = config;
    }

    /** Refuses early when the declared length is over the limit, and enforces the limit while reading otherwise. */
    public InputStream limited(InputStream body, HttpHeaders headers) {
        long limit = config.maxDocumentSize().asLongValue();
        // Read as a long: HttpHeaders.getLength() fails on lengths past 2 GB, which a client can declare.
        // api.RequestHeadersCheck has refused any Content-Length that is not a count of up to 18 digits.
        String declared = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && Long.parseLong(declared.strip()) > limit) {
            throw ApiException.tooLarge(limit);
        }
        return new BoundedInputStream(body, limit);
    }

    public byte[] readAll(InputStream body, HttpHeaders headers) throws IOException {
        return limited(body, headers).readAllBytes();
    }
}
