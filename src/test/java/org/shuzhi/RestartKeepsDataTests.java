package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stopping and starting the platform on the same data directory keeps what was stored: the embedded PostgreSQL
 * cluster lives in {@code shuzhi.data-dir}, not in a temporary directory.
 */
class RestartKeepsDataTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestartOfThePlatform() {
        long migrationsAfterFirstStart;
        try (ConfigurableApplicationContext first = start(true)) {
            assertThat(first.getBean(Jurisdictions.class).find("320509104")).isPresent();
            migrationsAfterFirstStart = migrations(first);
        }

        try (ConfigurableApplicationContext second = start(false)) {
            // no demo loading this time: whatever is found was kept on disk
            assertThat(second.getBean(Jurisdictions.class).find("320509104"))
                    .hasValueSatisfying(d -> assertThat(d.name()).isEqualTo("平望镇"));
            assertThat(migrations(second)).isEqualTo(migrationsAfterFirstStart);
        }
    }

    private ConfigurableApplicationContext start(boolean demo) {
        return new SpringApplicationBuilder(ShuzhiApplication.class).run(
                "--server.port=0",
                "--shuzhi.data-dir=" + dataDir,
                "--shuzhi.database.embedded.clean=false",
                "--shuzhi.demo.enabled=" + demo);
    }

    private static long migrations(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from flyway_schema_history")
                .query(Long.class).single();
    }
}
