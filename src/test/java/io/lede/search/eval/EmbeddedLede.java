package io.lede.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import io.lede.testsupport.Backends;
import io.lede.testsupport.FreePorts;
import io.lede.testsupport.LedeApp;
import io.lede.testsupport.LeftoverProcesses;

/**
 * A throw-away Lede for one evaluation: PostgreSQL, OpenSearch and the packaged service started the way
 * {@code ./mvnw -Prun} starts them (same launcher code, production settings, so timings mean something), on free
 * ports, with empty data under {@code target/eval-search/} (wiped at each start: an index left by another version
 * of the code would be searched with stale analysis).
 */
final class EmbeddedLede implements AutoCloseable {

    private static final Duration APP_START_TIMEOUT = Duration.ofMinutes(3);

    private final Backends backends;
    private final LedeApp app;

    private EmbeddedLede(Backends backends, LedeApp app) {
        this.backends = backends;
        this.app = app;
    }

    static EmbeddedLede start(Path project, Path dataDir) throws IOException, InterruptedException {
        Path runner = LedeApp.runner(project);
        // A run that was killed outright left its processes: stop them before their data goes.
        LedeApp.stopLeftover(dataDir.resolve("lede.pid"), runner);
        LeftoverProcesses.stop(dataDir.resolve("opensearch/node.pid"), "OpenSearchNodeMain");
        LeftoverProcesses.stop(dataDir.resolve("postgres/postmaster.pid"), "postgres");
        deleteRecursively(dataDir);
        Files.createDirectories(dataDir);
        Backends backends = Backends.start(dataDir, project.resolve("target/postgres-binaries"), FreePorts.next(),
                false);
        LedeApp app;
        try {
            app = LedeApp.start(runner, FreePorts.next(), backends.quarkusConfig(), dataDir.resolve("lede.pid"),
                    dataDir.resolve("lede.log"));
        } catch (IOException | RuntimeException e) {
            backends.close();
            throw e;
        }
        EmbeddedLede lede = new EmbeddedLede(backends, app);
        try {
            app.awaitReady(APP_START_TIMEOUT);
        } catch (IOException | RuntimeException e) {
            lede.close();
            throw new IOException(e.getMessage() + "; see " + dataDir.resolve("lede.log"), e);
        }
        return lede;
    }

    String ledeUrl() {
        return app.url();
    }

    String openSearchUrl() {
        return backends.openSearch().url();
    }

    /** Stops the service, then OpenSearch, then PostgreSQL. */
    @Override
    public void close() throws IOException {
        try {
            app.close();
        } finally {
            backends.close();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
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
