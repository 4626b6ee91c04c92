package io.lede.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops processes that a previous run recorded in a pid file and could not stop itself (it was SIGKILLed, or the
 * machine's session ended). Only a live process whose command line still names what we started is stopped, so a
 * recycled pid never hits an unrelated process.
 */
public final class LeftoverProcesses {

    private LeftoverProcesses() {
    }

    public static void stop(Path pidFile, String commandLineMarker) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        long pid;
        try {
            pid = Long.parseLong(firstLine);
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().commandLine().map(c -> c.contains(commandLineMarker)).orElse(false));
        if (handle.isEmpty()) {
            return;
        }
        System.err.println("Stopping leftover process " + pid + " from an earlier run (" + commandLineMarker + ")");
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            process.destroyForcibly();
        }
    }
}
