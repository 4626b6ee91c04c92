package io.lede.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;

import io.quarkus.runtime.StartupEvent;

/**
 * Started: boot has finished — database migrations applied, the index created or updated, settings checked.
 * Quarkus answers HTTP only after that, so this is UP whenever it can be asked; it exists so that a startup probe has
 * a named check to show, and turns DOWN only if HTTP were ever served before boot completed.
 */
@Startup
@ApplicationScoped
public class StartedHealthCheck implements HealthCheck {

    private volatile boolean started;

    void onStart(@Observes StartupEvent event) {
        started = true;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("Lede started").status(started).build();
    }
}
