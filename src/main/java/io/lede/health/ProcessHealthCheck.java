package io.lede.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive: the process answers HTTP. Deliberately nothing more: restarting the service would not bring back an
 * unreachable database or search cluster.
 */
@Liveness
@ApplicationScoped
public class ProcessHealthCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("Lede process");
    }
}
