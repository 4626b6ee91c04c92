package io.lede.extract;

/**
 * A document with more elements than the extractor takes. Parsing costs memory and time by the element, and a
 * few megabytes of tags ("&lt;b&gt;x" repeated) are millions of them: about a gigabyte and seconds each, where real
 * article pages have a few thousand.
 */
public class DocumentTooComplexException extends RuntimeException {

    private final int limit;

    public DocumentTooComplexException(int limit) {
        super("Document with more than " + limit + " elements");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
