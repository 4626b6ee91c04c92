package io.lede.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a newline-delimited stream into lines without ever holding more than one line, and never more than
 * {@code maxLineBytes} of it: a longer line is skipped to its end and reported as oversized. Blank lines are skipped
 * but still counted, so line numbers match what the client sent.
 */
final class NdjsonLines {

    /** One non-blank line; {@code content} is null when the line exceeded the limit. */
    record Line(long number, byte[] content) {
        boolean oversized() {
            return content == null;
        }
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private int position;
    private int limit;
    private long lineNumber;
    private boolean endOfStream;

    NdjsonLines(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** @return the next non-blank line, or null at the end of the stream */
    Line next() throws IOException {
        while (!endOfStream || position < limit) {
            Line candidate = readLine();
            if (candidate == null) {
                return null;
            }
            if (candidate.oversized() || !isBlank(candidate.content())) {
                return candidate;
            }
        }
        return null;
    }

    private Line readLine() throws IOException {
        line.reset();
        boolean oversized = false;
        boolean sawAnything = false;
        while (true) {
            if (position == limit) {
                if (!fill()) {
                    if (!sawAnything) {
                        return null;
                    }
                    break;
                }
            }
            sawAnything = true;
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int length = position - start;
            if (!oversized) {
                if (line.size() + length > maxLineBytes) {
                    oversized = true;
                    line.reset();
                } else {
                    line.write(buffer, start, length);
                }
            }
            if (position < limit) { // found the newline
                position++;
                break;
            }
        }
        lineNumber++;
        if (oversized) {
            return new Line(lineNumber, null);
        }
        byte[] content = line.toByteArray();
        int end = content.length;
        if (end > 0 && content[end - 1] == '\r') {
            content = Arrays.copyOf(content, end - 1);
        }
        return new Line(lineNumber, content);
    }

    private boolean fill() throws IOException {
        if (endOfStream) {
            return false;
        }
        int n = in.read(buffer);
        if (n < 0) {
            endOfStream = true;
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
