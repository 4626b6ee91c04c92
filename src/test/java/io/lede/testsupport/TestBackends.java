package io.lede.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link RealBackendsResource} for every {@code @QuarkusTest} of the suite: one real PostgreSQL and one real
 * OpenSearch, started once and shared.
 */
@QuarkusTestResource(value = RealBackendsResource.class, restrictToAnnotatedClass = false)
public final class TestBackends {

    private TestBackends() {
    }
}
