package io.lede.security;

import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may use the API ({@code lede.security.*}, env {@code LEDE_SECURITY_*}). */
@ConfigMapping(prefix = "lede.security")
public interface SecurityConfig {

    /**
     * Keys that may write: ingest, update, delete, extract and reindex. Unset (the default, for development and
     * the local run), no key is needed. Set (comma-separated, e.g. from a Kubernetes Secret), a write needs
     * {@code Authorization: Bearer KEY} or {@code X-API-Key: KEY}; several keys let one be rotated out while the
     * next is in use.
     */
    Optional<List<String>> apiKeys();

    /** Whether searches, suggestions and reads need a key too (when keys are set). Off: the archive is public. */
    @WithDefault("false")
    boolean protectReads();
}
