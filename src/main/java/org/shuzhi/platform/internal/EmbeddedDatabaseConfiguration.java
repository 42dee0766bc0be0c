package org.shuzhi.platform.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL server (zonky binaries from Maven) when no external database is configured.
 *
 * <p>The cluster lives under {@code shuzhi.data-dir} so that a restart keeps the data. Setting
 * {@code spring.datasource.url} switches this off and Spring Boot's ordinary datasource takes over.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties,
            @Value("${shuzhi.data-dir:./data}") Path dataDir) throws IOException {
        Path clusterDir = (properties.dataDir() != null ? properties.dataDir() : dataDir.resolve("postgres"))
                .toAbsolutePath().normalize();
        Files.createDirectories(clusterDir);
        log.info("Starting embedded PostgreSQL, data in {}", clusterDir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setPGStartupWait(properties.startupWait())
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("listen_addresses", "localhost")
                .setLocaleConfig("locale", "C.UTF-8")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties,
            @Value("${spring.datasource.hikari.maximum-pool-size:20}") int poolSize) throws SQLException {
        createDatabaseIfMissing(postgres, properties.database());
        HikariDataSource dataSource = DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", properties.database()))
                .username("postgres")
                .build();
        dataSource.setPoolName("shuzhi-embedded");
        dataSource.setMaximumPoolSize(poolSize);
        return dataSource;
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        if (!database.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("shuzhi.database.embedded.database must be a plain identifier: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            var rows = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'");
            if (!rows.next()) {
                // identifier checked above; CREATE DATABASE takes no bind parameters
                statement.execute("create database " + database);
            }
        }
    }
}
