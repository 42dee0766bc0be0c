package org.shuzhi.platform.internal;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded PostgreSQL server, used when no {@code spring.datasource.url} is configured.
 *
 * @param dataDir     where the cluster lives; kept across restarts ({@code shuzhi.data-dir}/postgres by default)
 * @param port        TCP port on loopback; 0 picks a free one
 * @param database    database created inside the cluster for Shuzhi
 * @param clean       wipe the cluster on start (tests only)
 * @param startupWait how long to wait for the server to accept connections
 */
@ConfigurationProperties("shuzhi.database.embedded")
record EmbeddedDatabaseProperties(
        Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("shuzhi") String database,
        @DefaultValue("false") boolean clean,
        @DefaultValue("60s") Duration startupWait) {
}
