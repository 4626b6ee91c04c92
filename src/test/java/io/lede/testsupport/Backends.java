package io.lede.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The two real backends Lede needs, PostgreSQL and OpenSearch, started side by side (each takes a few seconds).
 * Shared by the test suite and the embedded-default local run, so that both exercise the same set-up.
 */
public final class Backends implements AutoCloseable {

    private final PostgresNode postgres;
    private final OpenSearchNode openSearch;

    private Backends(PostgresNode postgres, OpenSearchNode openSearch) {
        this.postgres = postgres;
        this.openSearch = openSearch;
    }

    /**
     * @param dataDir parent folder of {@code postgres/} and {@code opensearch/}
     * @param binariesDir where PostgreSQL's binaries are unpacked
     * @param forTests throw-away data and faster start-up instead of durability and peak speed
     */
    public static Backends start(Path dataDir, Path binariesDir, int openSearchPort, boolean forTests)
            throws IOException {
        CompletableFuture<OpenSearchNode> openSearch = CompletableFuture.supplyAsync(() -> {
            try {
                if (forTests) {
                    deleteRecursively(dataDir.resolve("opensearch"));
                }
                return OpenSearchNode.start(dataDir.resolve("opensearch"), openSearchPort, forTests);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        PostgresNode postgres;
        try {
            postgres = PostgresNode.start(dataDir.resolve("postgres"), binariesDir, forTests);
        } catch (IOException | RuntimeException e) {
            openSearch.thenAccept(OpenSearchNode::close);
            throw e;
        }
        try {
            return new Backends(postgres, openSearch.join());
        } catch (CompletionException e) {
            postgres.close();
            throw e.getCause() instanceof UncheckedIOException io ? io.getCause() : new IOException(e.getCause());
        }
    }

    public PostgresNode postgres() {
        return postgres;
    }

    public OpenSearchNode openSearch() {
        return openSearch;
    }

    /** The settings that point a Lede instance at these backends. */
    public Map<String, String> quarkusConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(),
                "quarkus.datasource.username", postgres.username(),
                "quarkus.datasource.password", "postgres",
                "quarkus.hibernate-search-orm.elasticsearch.hosts", openSearch.hostAndPort(),
                "quarkus.hibernate-search-orm.elasticsearch.protocol", "http");
    }

    /** Stops OpenSearch, then PostgreSQL (stop the application before calling this). */
    @Override
    public void close() throws IOException {
        try {
            openSearch.close();
        } finally {
            postgres.close();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
