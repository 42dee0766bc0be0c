package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the platform uses that server — here a separately started PostgreSQL
 * standing in for a deployment's database server — and starts no embedded one.
 */
class ExternalDatabaseTests {

    @TempDir
    Path workDir;

    @Test
    void anExternalServerIsUsedAndMigratedWhenConfigured() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(workDir.resolve("external-server")).setCleanDataDirectory(true).start()) {
            String url = external.getJdbcUrl("postgres", "postgres");
            try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class).run(
                    "--server.port=0",
                    "--shuzhi.data-dir=" + workDir.resolve("data"),
                    "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres",
                    "--shuzhi.demo.enabled=true")) {
                assertThat(app.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
                assertThat(app.getBean(Jurisdictions.class).find("320509104")).isPresent();
            }
            // the data is in the external server itself
            long divisions = JdbcClient.create(external.getPostgresDatabase())
                    .sql("select count(*) from jurisdiction.division").query(Long.class).single();
            assertThat(divisions).isGreaterThan(3_000);
            assertThat(workDir.resolve("data").resolve("postgres")).doesNotExist();
        }
    }
}
