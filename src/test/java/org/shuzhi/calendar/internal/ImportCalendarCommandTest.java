package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.support.EnglishDefaultLocale;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code shuzhi.jar import-calendar <file>} as a user runs it, in-process: the real application in command mode on
 * its own embedded PostgreSQL. A good file is stored and reported; a bad one is named by line and changes nothing.
 */
@ExtendWith({OutputCaptureExtension.class, EnglishDefaultLocale.class})
class ImportCalendarCommandTest {

    @TempDir
    Path temp;

    @Test
    void importsAYearThenRejectsABadFileLeavingTheDatabaseAsItWas(CapturedOutput output) throws Exception {
        Path good = write("good.csv", """
                # 2031, as a deployment would add it
                date,kind,name
                2031-01-01,HOLIDAY,元旦
                2031-01-04,WORKDAY,元旦
                """);
        try (ConfigurableApplicationContext context = run(good.toString())) {
            assertThat(days(context, 2031)).isEqualTo(2);
            assertThat(context.getBean(JdbcClient.class).sql("select origin from calendar.year where year = 2031")
                    .query(String.class).single()).isEqualTo("UPLOADED");
            assertThat(SpringApplication.exit(context)).isZero();
        }
        // 2031 begins on a Wednesday: 261 weekdays, one of them a holiday, plus one make-up Saturday
        assertThat(output.getOut()).contains(
                "Calendar 2031 imported: 1 days off, 1 make-up working days, 261 working days in the year.");

        Path bad = write("bad.csv", "date,kind,name\n2031-05-01,HOLIDAY,劳动节\n2031-05-05,WORKDAY,劳动节\n");
        try (ConfigurableApplicationContext context = run(bad.toString())) {
            assertThat(days(context, 2031)).isEqualTo(2);
            assertThat(SpringApplication.exit(context)).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("Import failed, the database was not changed: line 3: 2031-05-05 is a"
                + " Monday; a make-up working day (WORKDAY) must be a Saturday or Sunday.");
    }

    @Test
    void withoutAFileItPrintsUsage(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext context = run(temp.resolve("missing.csv").toString())) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
        assertThat(output.getOut()).contains("File " + temp.resolve("missing.csv") + " does not exist.");
        try (ConfigurableApplicationContext context = run()) {
            assertThat(SpringApplication.exit(context)).isEqualTo(2);
        }
        assertThat(output.getOut()).contains("Usage: java -jar shuzhi.jar import-calendar <file>");
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temp.resolve(name), text);
    }

    private static long days(ConfigurableApplicationContext context, int year) {
        return context.getBean(JdbcClient.class).sql("select count(*) from calendar.day where year = :year")
                .param("year", year).query(Long.class).single();
    }

    /** Runs the command on the cluster under {@code temp/data}, kept between runs (zonky's clean would wipe it). */
    private ConfigurableApplicationContext run(String... file) {
        String[] args = new String[file.length + 4];
        args[0] = "import-calendar";
        System.arraycopy(file, 0, args, 1, file.length);
        args[file.length + 1] = "--shuzhi.data-dir=" + temp.resolve("data");
        args[file.length + 2] = "--shuzhi.database.embedded.clean=false";
        args[file.length + 3] = "--shuzhi.command.exit=false";
        return SpringApplication.run(ShuzhiApplication.class, args);
    }
}
