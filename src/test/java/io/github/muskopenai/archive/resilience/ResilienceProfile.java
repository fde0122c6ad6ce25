package io.github.muskopenai.archive.resilience;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Lets the application start although EmbeddedPostgresResource publishes its data directory and
 * port as {@code archive.test.postgres.*} system properties: they fall under the {@code archive}
 * config mapping (DatabaseConfig), whose unknown-property validation then refuses to boot.
 * Remove once those properties are renamed out of the {@code archive.} namespace.
 */
public class ResilienceProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("smallrye.config.mapping.validate-unknown", "false");
    }
}
