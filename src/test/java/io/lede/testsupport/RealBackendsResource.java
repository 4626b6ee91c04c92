package io.lede.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real PostgreSQL and a real OpenSearch for {@code @QuarkusTest}s and points the application at them.
 * Declared once for the whole suite (see {@code TestBackends}), so every test class shares one pair of backends.
 */
public class RealBackendsResource implements QuarkusTestResourceLifecycleManager {

    private static final Path WORK_DIR = Path.of("target", "test-backends");

    private Backends backends;

    @Override
    public Map<String, String> start() {
        try {
            backends = Backends.start(WORK_DIR, Path.of("target", "postgres-binaries"), FreePorts.next(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return backends.quarkusConfig();
    }

    @Override
    public void stop() {
        if (backends != null) {
            try {
                backends.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
