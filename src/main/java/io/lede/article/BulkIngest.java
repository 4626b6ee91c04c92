package io.lede.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lede.api.ApiException;
import io.lede.metrics.IngestMetrics;

/**
 * Ingests a newline-delimited stream of articles and streams back one result per line.
 * <p>
 * Memory stays flat however long the stream: lines are read one at a time, stored in batches of
 * {@code lede.ingest.bulk-batch-size} per transaction, and their results written out before the next batch is read.
 * A bad line gets its own error result and never rejects the others.
 */
@ApplicationScoped
public class BulkIngest {

    private static final Logger LOG = Logger.getLogger(BulkIngest.class);
    /** A batch is also cut by size, so that many large articles never pile up in memory. */
    private static final long BATCH_BYTES = 16L * 1024 * 1024;

    private final ArticleJson json;
    private final ArticleService articles;
    private final ObjectMapper mapper;
    private final IngestConfig config;
    private final DocumentReader documents;
    private final IngestMetrics metrics;

    public BulkIngest(ArticleJson json, ArticleService articles, ObjectMapper mapper, IngestConfig config,
            DocumentReader documents, IngestMetrics metrics) {
        this.json = json;
        this.articles = articles;
        this.mapper = mapper;
        this.config = config;
        this.documents = documents;
        this.metrics = metrics;
    }

    /**
     * What happened to one line, to one uploaded file ({@code file} set, {@code line} its part number) or to a form
     * field sent beside the files ({@code field} set).
     */
    private static final class Entry {
        final long line;
        final String file;
        String field;
        long bytes;
        ArticleData data;
        int status;
        String id;
        String error;

        Entry(long line, String file) {
            this.line = line;
            this.file = file;
        }
    }

    /** One file of a multipart upload, already on disk. */
    public record UploadedFile(String fileName, String contentType, Path path, long size) {
    }

    /**
     * Reads articles from {@code ndjson} and writes
     * {@code {"items":[{"line","status","id"|"error"}...],"created","updated","failed","tookMs"}} to {@code out}.
     */
    public void ingest(InputStream ndjson, OutputStream out) throws IOException {
        long maxDocument = config.maxDocumentSize().asLongValue();
        NdjsonLines lines = new NdjsonLines(ndjson, (int) Math.min(Integer.MAX_VALUE - 8, maxDocument));
        store(() -> {
            NdjsonLines.Line line = lines.next();
            return line == null ? null : parse(line, maxDocument);
        }, out);
    }

    /**
     * Ingests uploaded files (HTML pages, Markdown, plain text or JSON articles, told apart by content type, else by
     * extension) and writes {@code {"items":[{"part","file","status","id"|"error"}...], ...}} as for NDJSON.
     */
    public void ingestFiles(List<UploadedFile> files, List<String> fields, OutputStream out) throws IOException {
        long maxDocument = config.maxDocumentSize().asLongValue();
        Iterator<UploadedFile> remaining = files.iterator();
        Iterator<String> remainingFields = fields.iterator();
        int[] part = { 0 };
        store(() -> remaining.hasNext() ? parse(++part[0], remaining.next(), maxDocument)
                : remainingFields.hasNext() ? notAFile(++part[0], remainingFields.next()) : null, out);
    }

    /**
     * A form field's value is not read as a document: "-F 'doc=<page.html'" sends a file's content as a field. Its
     * own result says so, where ignoring it would drop a document the client meant to send.
     */
    private static Entry notAFile(int part, String field) {
        Entry entry = new Entry(part, null);
        entry.field = field;
        fail(entry, ApiException.invalid(field, "is a form field, not a file, and was not read; send each document "
                + "as a file part (curl -F 'files=@page.html')"));
        return entry;
    }

    /** The next parsed line or file, null at the end. */
    private interface Entries {
        Entry next() throws IOException;
    }

    /** Stores entries batch by batch, writing each batch's results before reading the next. */
    private void store(Entries entries, OutputStream out) throws IOException {
        long start = System.nanoTime();
        Counts counts = new Counts();
        try (JsonGenerator result = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            result.writeStartObject();
            result.writeArrayFieldStart("items");
            List<Entry> batch = new ArrayList<>();
            long batchBytes = 0;
            for (Entry entry; (entry = entries.next()) != null;) {
                batch.add(entry);
                batchBytes += entry.bytes;
                if (batch.size() >= config.bulkBatchSize() || batchBytes >= BATCH_BYTES) {
                    store(batch);
                    write(batch, result, counts);
                    batch.clear();
                    batchBytes = 0;
                }
            }
            store(batch);
            write(batch, result, counts);
            result.writeEndArray();
            result.writeNumberField("created", counts.created);
            result.writeNumberField("updated", counts.updated);
            result.writeNumberField("failed", counts.failed);
            result.writeNumberField("tookMs", (System.nanoTime() - start) / 1_000_000);
            result.writeEndObject();
        }
    }

    private Entry parse(int part, UploadedFile file, long maxDocument) throws IOException {
        Entry entry = new Entry(part, file.fileName() == null ? "" : file.fileName());
        entry.bytes = file.size();
        if (file.size() > maxDocument) {
            fail(entry, ApiException.tooLarge(maxDocument));
            return entry;
        }
        try {
            byte[] content = Files.readAllBytes(file.path());
            MediaType type = mediaType(file, content);
            entry.data = type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? json.read(content)
                    : ArticleData.from(DocumentReader.toInput(documents.read(content, type, null), null));
        } catch (ApiException e) {
            fail(entry, e);
        }
        return entry;
    }

    /**
     * The part's declared type when it is specific, else what the file name's extension says, else what the content
     * looks like: markup is a page, other text plain text. Bytes that are no text (a PDF, an image, a Word file sent
     * as application/octet-stream) are refused with a 415 that says how to send a file, rather than read as a page
     * without a title.
     */
    private static MediaType mediaType(UploadedFile file, byte[] content) {
        String declared = file.contentType() == null ? "" : file.contentType();
        if (!declared.isBlank() && !declared.startsWith("application/octet-stream")) {
            try {
                return MediaType.valueOf(declared);
            } catch (IllegalArgumentException malformed) {
                // fall back to the extension
            }
        }
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MediaType.valueOf(DocumentReader.MARKDOWN);
        }
        if (name.endsWith(".txt")) {
            return MediaType.TEXT_PLAIN_TYPE;
        }
        if (name.endsWith(".json")) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml") || startsWith(content, '<')) {
            return MediaType.TEXT_HTML_TYPE;
        }
        if (startsWith(content, '{')) {
            return MediaType.APPLICATION_JSON_TYPE;
        }
        if (looksLikeText(content)) {
            return MediaType.TEXT_PLAIN_TYPE;
        }
        throw new ApiException(415, "Unsupported Media Type", "Not a web page, Markdown, plain text or JSON: name "
                + "the file .html, .md, .txt or .json, or give its part one of those Content-Types", List.of());
    }

    /**
     * Whether the content starts, after a byte-order mark and white space, with {@code first}: {@code '<'} and a
     * tag, a doctype or a comment for a page, {@code '{'} for a JSON article.
     */
    private static boolean startsWith(byte[] content, char first) {
        int i = content.length >= 3 && (content[0] & 0xff) == 0xEF && (content[1] & 0xff) == 0xBB
                && (content[2] & 0xff) == 0xBF ? 3 : 0;
        while (i < content.length && Character.isWhitespace(content[i])) {
            i++;
        }
        if (i >= content.length || content[i] != first) {
            return false;
        }
        return first != '<' || i + 1 < content.length && (Character.isLetter(content[i + 1]) || content[i + 1] == '!');
    }

    /** No NUL and few other control bytes in its first kilobytes: text in some 8-bit or UTF-8 encoding. */
    private static boolean looksLikeText(byte[] content) {
        int sample = Math.min(content.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = content[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        return controls * 100 <= sample;
    }

    private Entry parse(NdjsonLines.Line line, long maxDocument) throws IOException {
        Entry entry = new Entry(line.number(), null);
        entry.bytes = line.oversized() ? 0 : line.content().length;
        if (line.oversized()) {
            fail(entry, ApiException.tooLarge(maxDocument));
            return entry;
        }
        try {
            entry.data = json.read(line.content());
        } catch (ApiException e) {
            fail(entry, e);
        }
        return entry;
    }

    private void store(List<Entry> batch) {
        List<Entry> valid = batch.stream().filter(e -> e.data != null).toList();
        if (valid.isEmpty()) {
            return;
        }
        try {
            List<ArticleService.Stored> stored = articles.upsertBatch(valid.stream().map(e -> e.data).toList());
            for (int i = 0; i < valid.size(); i++) {
                succeed(valid.get(i), stored.get(i));
            }
        } catch (RuntimeException batchFailed) {
            // Some line is in conflict, or two lines raced with another client: find out which, line by line.
            for (Entry entry : valid) {
                try {
                    succeed(entry, articles.upsert(entry.data));
                } catch (ApiException e) {
                    fail(entry, e);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Bulk line %d could not be stored", entry.line);
                    entry.status = 500;
                    entry.error = "could not be stored; retry this line";
                }
            }
        }
    }

    private static void succeed(Entry entry, ArticleService.Stored stored) {
        entry.status = stored.created() ? 201 : 200;
        entry.id = stored.article().id.toString();
        entry.data = null; // let the text go as soon as possible
    }

    private static void fail(Entry entry, ApiException e) {
        entry.status = e.status();
        entry.error = e.getMessage();
        entry.data = null;
    }

    private void write(List<Entry> batch, JsonGenerator result, Counts counts) throws IOException {
        for (Entry entry : batch) {
            result.writeStartObject();
            if (entry.field != null) {
                result.writeNumberField("part", entry.line);
                result.writeStringField("field", entry.field);
            } else if (entry.file == null) {
                result.writeNumberField("line", entry.line);
            } else {
                result.writeNumberField("part", entry.line);
                result.writeStringField("file", entry.file);
            }
            result.writeNumberField("status", entry.status);
            if (entry.id != null) {
                result.writeStringField("id", entry.id);
            } else {
                result.writeStringField("error", entry.error);
            }
            result.writeEndObject();
            counts.add(entry.status);
            metrics.article(entry.file == null && entry.field == null ? IngestMetrics.Format.NDJSON
                    : IngestMetrics.Format.MULTIPART,
                    entry.status);
        }
        result.flush();
    }

    private static final class Counts {
        long created;
        long updated;
        long failed;

        void add(int status) {
            if (status == 201) {
                created++;
            } else if (status == 200) {
                updated++;
            } else {
                failed++;
            }
        }
    }
}
