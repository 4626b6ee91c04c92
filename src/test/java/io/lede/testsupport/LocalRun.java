package io.lede.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.LogManager;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The embedded default: {@code ./mvnw -Prun} builds Lede, then runs this to start a real PostgreSQL and a real
 * OpenSearch, start the service against them, load the demo articles and print where everything is. Ctrl-C or
 * SIGTERM stops the service, then OpenSearch, then PostgreSQL. Data stays in {@code .lede/} (or
 * {@code LEDE_DATA_DIR}) across runs.
 * <p>
 * Lives with the test support so that the run and the test suite start their backends with the same code.
 */
public final class LocalRun {

    private static final Duration APP_START_TIMEOUT = Duration.ofMinutes(3);

    private volatile Backends backends;
    private volatile LedeApp app;
    private volatile boolean stopping;

    public static void main(String[] args) throws Exception {
        // Initialise logging on this one thread before the backends start on two: JBoss LogManager's first use
        // from two threads at once can deadlock in class initialisation.
        LogManager.getLogManager();
        new LocalRun().run();
    }

    private void run() throws Exception {
        Path project = Path.of("").toAbsolutePath();
        Path dataDir = Path.of(env("LEDE_DATA_DIR", project.resolve(".lede").toString())).toAbsolutePath();
        int port = Integer.parseInt(env("LEDE_PORT", "8080"));
        Path runner = LedeApp.runner(project);
        Files.createDirectories(dataDir);
        LedeApp.stopLeftover(dataDir.resolve("lede.pid"), runner);
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "lede-local-run-stop"));
        // Maven starts this process; when Maven is stopped (SIGTERM, or killed outright) it does not pass the
        // signal on, so follow it out instead of leaving the service and its backends behind.
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            say("The launching process ended; stopping.");
            System.exit(0);
        }));

        say("Starting PostgreSQL and OpenSearch (data in " + dataDir + ") ...");
        backends = Backends.start(dataDir, project.resolve("target/postgres-binaries"), preferredPort(9200), false);
        if (stopping) {
            return;
        }
        say("Starting Lede on port " + port + " ...");
        app = LedeApp.start(runner, port, backends.quarkusConfig(), dataDir.resolve("lede.pid"), null);
        String base = app.url();
        app.awaitReady(APP_START_TIMEOUT);
        String loaded = loadDemoArticles(base);

        say("");
        say("Lede is running.");
        say("  Web page      " + base + "/");
        say("  Search        " + base + "/api/search?q=storm");
        say("  Articles      " + base + "/api/articles  (POST JSON, or NDJSON to /api/articles/bulk)");
        say("  API docs      " + base + "/q/swagger-ui   (OpenAPI: " + base + "/q/openapi)");
        say("  OpenSearch    " + backends.openSearch().url());
        say("  PostgreSQL    " + backends.postgres().jdbcUrl() + "  (user postgres)");
        say("  Data          " + dataDir + "  (kept across runs; delete it to start afresh)");
        say("  Demo          " + loaded);
        say("Press Ctrl-C to stop everything.");

        int exit = app.process().waitFor();
        if (!stopping) {
            say("Lede exited with code " + exit + "; stopping the backends.");
            System.exit(exit == 0 ? 1 : exit);
        }
    }

    /** Posts the demo articles; they carry externalIds, so a restart updates them instead of duplicating them. */
    private static String loadDemoArticles(String base) throws IOException, InterruptedException {
        byte[] demo;
        try (InputStream in = LocalRun.class.getResourceAsStream("/demo/articles.ndjson")) {
            if (in == null) {
                return "no demo articles found on the classpath";
            }
            demo = in.readAllBytes();
        }
        HttpRequest post = HttpRequest.newBuilder(URI.create(base + "/api/articles/bulk"))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofByteArray(demo))
                .build();
        String result = HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()).body();
        return "demo articles loaded: " + count(result, "created") + " created, " + count(result, "updated")
                + " updated, " + count(result, "failed") + " failed";
    }

    private static String count(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
        return m.find() ? m.group(1) : "?";
    }

    /** Stops in dependency order: the service first, so it never sees its backends disappear under it. */
    private void stop() {
        stopping = true;
        LedeApp running = app;
        if (running != null && running.process().isAlive()) {
            say("Stopping Lede ...");
            running.close();
        }
        Backends started = backends;
        if (started != null) {
            say("Stopping OpenSearch and PostgreSQL ...");
            try {
                started.close();
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not stop the backends cleanly: " + e);
            }
        }
        say("Stopped.");
    }

    private static int preferredPort(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException inUse) {
            return FreePorts.next();
        }
    }

    private static String env(String name, String defaultValue) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? defaultValue : value;
    }

    private static void say(String line) {
        System.out.println("[lede] " + line);
        System.out.flush();
    }
}
