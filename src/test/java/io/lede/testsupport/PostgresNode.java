package io.lede.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server from the zonky binaries on Maven Central (no Docker, no system package).
 * <p>
 * The server daemonizes into its own session, so signals sent to our process group never reach it: it must be
 * stopped explicitly, and one left over by a killed run is found through its {@code postmaster.pid}.
 */
public final class PostgresNode implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private PostgresNode(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir where the cluster lives; kept across starts unless {@code fresh}
     * @param binariesDir where the binaries are unpacked (under {@code target/})
     * @param fresh start from an empty cluster, trading durability for speed (tests)
     */
    public static PostgresNode start(Path dataDir, Path binariesDir, boolean fresh) throws IOException {
        Files.createDirectories(binariesDir);
        LeftoverProcesses.stop(dataDir.resolve("postmaster.pid"), "postgres");
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binariesDir.toFile())
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(fresh)
                // Its own hook would stop the server while the application still holds connections: whoever
                // starts the node stops it, after the application.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "100");
        // zonky turns durability off by default (-F, synchronous_commit=off): fine for throw-away test data, not
        // for the local run, whose acknowledged writes must survive a crash like in production.
        String durable = fresh ? "off" : "on";
        builder.setServerConfig("fsync", durable)
                .setServerConfig("synchronous_commit", durable)
                .setServerConfig("full_page_writes", durable);
        return new PostgresNode(builder.start());
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
