import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.LogManager;

import io.lede.testsupport.Backends;
import io.lede.testsupport.FreePorts;

/**
 * The backends for .ci/deploy-checks: a real PostgreSQL 17 and a real OpenSearch 2.19, started with the test suite's
 * own code (io.lede.testsupport.Backends), so the container is checked against the same set-up as the tests.
 * <p>
 * Run in source-file mode on the test classpath: {@code java -cp target/test-classes:<test deps> DeployCheckBackends.java
 * DATA_DIR BINARIES_DIR ENV_FILE}. Writes the settings that point Lede at them, and a free port for Lede, to ENV_FILE
 * (one NAME=value a line, written once both answer), then runs until its standard input reaches end-of-file (the script keeps that pipe
 * open, so the backends go when the script goes, however it ends) and stops OpenSearch, then PostgreSQL.
 */
public class DeployCheckBackends {

    public static void main(String[] args) throws Exception {
        // JBoss LogManager's first use from two threads at once can deadlock: initialise it here, once.
        LogManager.getLogManager();
        Path dataDir = Path.of(args[0]).toAbsolutePath();
        Path binariesDir = Path.of(args[1]).toAbsolutePath();
        Path envFile = Path.of(args[2]).toAbsolutePath();

        Backends backends = Backends.start(dataDir, binariesDir, FreePorts.next(), true);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                backends.close();
            } catch (Exception e) {
                System.err.println("Could not stop the backends cleanly: " + e);
            }
        }, "deploy-check-backends-stop"));

        Map<String, String> env = new TreeMap<>();
        for (Map.Entry<String, String> setting : backends.quarkusConfig().entrySet()) {
            env.put(setting.getKey().toUpperCase().replaceAll("[^A-Z0-9]", "_"), setting.getValue());
        }
        env.put("OPENSEARCH_URL", backends.openSearch().url());
        // Lede itself: a free port on loopback only (the container shares the host's network).
        env.put("QUARKUS_HTTP_PORT", Integer.toString(FreePorts.next()));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        StringBuilder lines = new StringBuilder();
        env.forEach((name, value) -> lines.append(name).append('=').append(value).append('\n'));
        Path partial = envFile.resolveSibling(envFile.getFileName() + ".partial");
        Files.writeString(partial, lines);
        Files.move(partial, envFile, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        System.out.println("Backends ready: " + env);

        while (System.in.read() != -1) {
            // wait for end-of-file
        }
        System.exit(0);
    }
}
