package io.lede.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) in its own JVM, pointed at {@link Backends}.
 * Used by the local run and by the evaluation commands, so that they start Lede the same way.
 */
public final class LedeApp implements AutoCloseable {

    private final Process process;
    private final int port;

    private LedeApp(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The packaged service's launcher under the project folder. */
    public static Path runner(Path project) {
        Path runner = project.resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(runner)) {
            throw new IllegalStateException(runner + " is missing: package the service first (./mvnw package)");
        }
        return runner;
    }

    /**
     * Starts the service without waiting for it; {@link #awaitReady} waits.
     *
     * @param config Quarkus properties passed as system properties (e.g. {@link Backends#quarkusConfig()})
     * @param pidFile where the process id is recorded, for {@link LeftoverProcesses} after a killed run
     * @param output where the service's console goes: {@code null} to share this process's console
     */
    public static LedeApp start(Path runner, int port, Map<String, String> config, Path pidFile, Path output)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dquarkus.http.host=127.0.0.1");
        // The jar runs in the production profile, which logs JSON lines for collectors and serves no Swagger UI.
        // Here people read the console and click through the API: plain text, and the UI switched on.
        command.add("-Dquarkus.log.console.json.enabled=false");
        command.add("-Dquarkus.swagger-ui.enabled=true");
        for (Map.Entry<String, String> setting : config.entrySet()) {
            command.add("-D" + setting.getKey() + "=" + setting.getValue());
        }
        command.add("-jar");
        command.add(runner.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        if (output == null) {
            builder.inheritIO();
        } else {
            builder.redirectErrorStream(true).redirectOutput(output.toFile());
        }
        Process process = builder.start();
        Files.writeString(pidFile, Long.toString(process.pid()));
        return new LedeApp(process, port);
    }

    /** Stops a service that a killed earlier run left behind, if the pid file names one. */
    public static void stopLeftover(Path pidFile, Path runner) throws IOException {
        LeftoverProcesses.stop(pidFile, runner.getFileName().toString());
    }

    public String url() {
        return "http://localhost:" + port;
    }

    public Process process() {
        return process;
    }

    /** Waits until the readiness check answers 200; fails if the service exits first or takes longer. */
    public void awaitReady(Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready")).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("Lede exited during start-up with code " + process.exitValue());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IOException("Lede was not ready within " + timeout);
    }

    /** Stops the service (SIGTERM, then SIGKILL after 30 s). */
    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
