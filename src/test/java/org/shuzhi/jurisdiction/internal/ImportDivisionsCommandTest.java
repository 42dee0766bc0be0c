package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.support.EnglishDefaultLocale;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code shuzhi.jar import-divisions <dir>} as a user runs it, in-process: the real application in command mode on
 * its own embedded PostgreSQL — no web server, no demo data, the report or the problem printed, exit code set.
 * The JVM is kept alive with {@code shuzhi.command.exit=false}.
 */
@ExtendWith({OutputCaptureExtension.class, EnglishDefaultLocale.class})
class ImportDivisionsCommandTest {


    /** Holds the fixtures and the cluster ({@code data/}), which both runs share; JUnit deletes it. */
    @TempDir
    Path temp;


    @Test
    void importsWithoutWebServerThenRejectsBadFilesLeavingTheDatabaseAsItWas(CapturedOutput output) throws Exception {
        Path good = new DivisionFixture().write(temp.resolve("good"));
        try (ConfigurableApplicationContext context = run(good)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            Jurisdictions jurisdictions = context.getBean(Jurisdictions.class);
            assertThat(jurisdictions.chain("990101002001")).hasSize(5);
            assertThat(jurisdictions.find("32")).as("demo divisions are not loaded in command mode").isEmpty();
            assertThat(SpringApplication.exit(context)).isZero();
        }
        assertThat(output.getOut()).contains("Import done: 8 rows, 8 inserted, 0 updated, 0 unchanged")
                .contains("Village villages.csv: read 3, inserted 3, updated 0, unchanged 0");

        DivisionFixture fixture = new DivisionFixture();
        fixture.append(DivisionFile.STREETS, "990101003,\"丙镇\",990101,99,9901");
        int line = fixture.append(DivisionFile.VILLAGES, "990101009001,\"孤村\",990101009,99,9901,990101");
        Path bad = fixture.write(temp.resolve("bad"));
        try (ConfigurableApplicationContext context = run(bad)) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from jurisdiction.division").query(Long.class).single())
                    .isEqualTo(8);
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("Import failed, the database was not changed: villages.csv line "
                + line + ": the parent 990101009 of code 990101009001 is neither in the imported files nor in the"
                + " database.");
    }

    @Test
    void withoutADirectoryItPrintsUsage(CapturedOutput output) {
        try (ConfigurableApplicationContext context = SpringApplication.run(ShuzhiApplication.class,
                "import-divisions", "--shuzhi.data-dir=" + temp.resolve("data"),
                "--shuzhi.database.embedded.clean=false", "--shuzhi.command.exit=false")) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
        assertThat(output.getOut()).contains("Usage: java -jar shuzhi.jar import-divisions <directory>");
    }

    /** Runs the command on the cluster under {@code temp/data}, kept between runs (zonky's clean would wipe it). */
    private ConfigurableApplicationContext run(Path dir) {
        return SpringApplication.run(ShuzhiApplication.class, "import-divisions", dir.toString(),
                "--shuzhi.data-dir=" + temp.resolve("data"), "--shuzhi.database.embedded.clean=false",
                "--shuzhi.command.exit=false");
    }
}
