package io.lede.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.inject.Any;
import jakarta.inject.Singleton;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import io.quarkus.arc.Arc;

/**
 * Which HTTP methods each API path takes, read once from the resources' JAX-RS annotations: what a 405 answers, with
 * the {@code Allow} header RFC 9110 §15.5.6 requires on it (see {@link MethodCheck}).
 */
@Singleton
public class AllowedMethods {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*\\w[\\w.-]*\\s*(?::\\s*((?:[^{}]|\\{[^{}]*})+))?}");

    /** @param literals characters of the template outside its parameters: more is more specific (JAX-RS 3.7.2) */
    private record Route(Pattern path, int literals, Set<String> methods) {
    }

    private final List<Route> routes = new ArrayList<>();

    AllowedMethods() {
        for (var bean : Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            Path root = type.getAnnotation(Path.class);
            if (root != null) {
                addRoutes(root.value(), type);
            }
        }
    }

    /**
     * The methods {@code path} takes (as written: method names are case-sensitive), HEAD and OPTIONS included; empty
     * when no resource has the path. The most specific template decides, as JAX-RS routing does:
     * {@code /api/articles/bulk} is not an article id.
     *
     * @param path as sent, percent-encoded: an encoded slash is part of a segment, as the router reads it
     */
    public Optional<Set<String>> of(String path) {
        String requested = trimmed(path);
        return routes.stream().filter(route -> route.path().matcher(requested).matches())
                .max(Comparator.comparingInt(Route::literals))
                .map(route -> {
                    Set<String> methods = new TreeSet<>(route.methods());
                    // The runtime answers these for every resource method: HEAD as GET without a body, OPTIONS
                    // (MethodCheck answers it, with these methods).
                    if (methods.contains(HttpMethod.GET)) {
                        methods.add(HttpMethod.HEAD);
                    }
                    methods.add(HttpMethod.OPTIONS);
                    return methods;
                });
    }

    private void addRoutes(String root, Class<?> type) {
        for (Method method : type.getMethods()) {
            String http = httpMethod(method);
            if (http == null) {
                continue;
            }
            Path sub = method.getAnnotation(Path.class);
            String template = sub == null ? root : root + "/" + sub.value();
            Pattern path = template(template);
            routes.stream().filter(route -> route.path().pattern().equals(path.pattern())).findFirst()
                    .orElseGet(() -> {
                        Route route = new Route(path, PARAMETER.matcher(trimmed(template)).replaceAll("").length(),
                                new TreeSet<>());
                        routes.add(route);
                        return route;
                    })
                    .methods().add(http);
        }
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    /** "/api/articles/{id}" as a pattern: a parameter is one path segment, or its own regex when it declares one. */
    private static Pattern template(String template) {
        String path = trimmed(template);
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(path);
        int end = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(path.substring(end, parameter.start())));
            regex.append(parameter.group(1) == null ? "[^/]+" : "(?:" + parameter.group(1).strip() + ")");
            end = parameter.end();
        }
        regex.append(Pattern.quote(path.substring(end)));
        return Pattern.compile(regex.toString());
    }

    /** One leading slash, none trailing, none doubled: "api/articles/" and "/api//articles" are "/api/articles". */
    private static String trimmed(String path) {
        String single = ("/" + path).replaceAll("/{2,}", "/");
        return single.length() > 1 && single.endsWith("/") ? single.substring(0, single.length() - 1) : single;
    }
}
