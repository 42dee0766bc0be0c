package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.support.EnglishDefaultLocale;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code shuzhi.jar audit-verify} as an operator runs it: intact log → exit 0; a row edited behind the platform's
 * back → exit 1 naming the record and why, in the JVM's language; an unknown command lists the commands there are.
 */
@ExtendWith({OutputCaptureExtension.class, EnglishDefaultLocale.class})
class AuditVerifyCommandTest {

    @TempDir
    Path dataDir;



    @Test
    void verifiesTheChainAndNamesTheFirstEditedRecord(CapturedOutput output) {
        long victim;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .web(WebApplicationType.NONE).run(options())) {
            AuditLog audit = app.getBean(AuditLog.class);
            long first = audit.record(entry());
            audit.record(entry());
            audit.record(entry());
            victim = first + 1;
        }
        try (ConfigurableApplicationContext command = command("audit-verify")) {
            assertThat(SpringApplication.exit(command)).isZero();
        }
        assertThat(output.getOut()).contains("Audit log intact: 3 records checked");

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .web(WebApplicationType.NONE).run(options())) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            jdbc.sql("alter table audit.record disable trigger record_append_only").update();
            jdbc.sql("update audit.record set actor = 'nobody' where seq = ?").param(victim).update();
        }
        try (ConfigurableApplicationContext command = command("audit-verify")) {
            assertThat(SpringApplication.exit(command)).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("the first broken record is " + victim + " (record " + victim
                + " was altered (content hash mismatch));");

        Locale.setDefault(Locale.SIMPLIFIED_CHINESE); // restored by EnglishDefaultLocale
        try (ConfigurableApplicationContext command = command("audit-verify")) {
            assertThat(SpringApplication.exit(command)).isEqualTo(1);
        }
        assertThat(output.getOut()).contains("审计日志已被篡改：第一条异常记录为第 " + victim + " 条 — 第 " + victim
                + " 条记录被修改（内容哈希不符）；");
    }

    @Test
    void anUnknownCommandListsTheCommands(CapturedOutput output) {
        try (ConfigurableApplicationContext command = command("no-such-command")) {
            assertThat(SpringApplication.exit(command)).isEqualTo(2);
        }
        assertThat(output.getOut()).contains("Unknown command: no-such-command")
                .contains("java -jar shuzhi.jar audit-verify").contains("java -jar shuzhi.jar import-divisions");
    }

    private ConfigurableApplicationContext command(String name) {
        String[] options = options();
        String[] args = new String[options.length + 2];
        args[0] = name;
        System.arraycopy(options, 0, args, 1, options.length);
        args[args.length - 1] = "--shuzhi.command.exit=false";
        return SpringApplication.run(ShuzhiApplication.class, args);
    }

    private String[] options() {
        return new String[] {"--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=false",
                "--shuzhi.demo.enabled=false"};
    }

    private static AuditEntry entry() {
        return new AuditEntry("operator", "32", "admin.action", "target", AuditEntry.Outcome.SUCCESS, null, null, null);
    }
}
