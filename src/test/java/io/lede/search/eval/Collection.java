package io.lede.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A test collection: documents, queries and relevance judgments, whatever format they were read from.
 * <p>
 * Readers of each format live beside it ({@link CranfieldFormat} so far); {@link #read} picks one by the files a
 * folder holds. A new format is one more reader that produces these records: the rest of the evaluation never sees
 * the files.
 *
 * @param name short, lower-case, used in index names and external ids (e.g. {@code cranfield})
 */
public record Collection(String name, List<Document> documents, List<Query> queries, Qrels qrels) {

    /** One document; {@code authors} may be empty, {@code title} or {@code body} blank. */
    public record Document(String id, String title, String body, List<String> authors) {

        public boolean hasText() {
            return !title.isBlank() || !body.isBlank();
        }
    }

    /** One query; {@code id} is the one the judgments use. */
    public record Query(String id, String text) {
    }

    /** Reads the collection in {@code dir}, recognising its format by its files. */
    public static Collection read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("No collection folder " + dir.toAbsolutePath());
        }
        if (CranfieldFormat.recognises(dir)) {
            return CranfieldFormat.read(dir);
        }
        throw new IOException("Unknown collection format in " + dir.toAbsolutePath()
                + ": expected Cranfield's cran.all.1400, cran.qry and cranqrel");
    }
}
