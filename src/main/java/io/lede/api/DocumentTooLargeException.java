package io.lede.api;

import java.io.IOException;

/**
 * Raised while reading a request body that exceeds its limit. An {@link IOException} so that it passes unchanged
 * through parsers that only expect I/O failures from their input.
 */
public class DocumentTooLargeException extends IOException {

    private final long limit;

    public DocumentTooLargeException(long limit) {
        super("Document larger than " + limit + " bytes");
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
