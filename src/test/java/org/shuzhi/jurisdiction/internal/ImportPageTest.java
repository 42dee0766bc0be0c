package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The import page in headless Chromium: files are uploaded, the status box follows the background import to its
 * report; a rejected upload shows the file and line and writes nothing.
 */
@IntegrationTest
class ImportPageTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @TempDir
    Path temp;

    @AfterEach
    void removeFixtures() {
        DivisionFixture.cleanUp(jdbc);
    }

    @Test
    void uploadFollowsTheImportToItsReport() throws Exception {
        Path dir = new DivisionFixture().write(temp.resolve("good"));
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/jurisdictions");
            browser.find(By.id("import-link")).click();
            upload(browser, dir);

            // the import runs in the background behind any other import of the shared context: allow it time
            browser.waitFor(Duration.ofSeconds(60),
                    d -> "DONE".equals(d.findElement(By.id("import-status")).getAttribute("data-state")));
            String status = browser.find(By.id("import-status")).getText();
            assertThat(status).contains("导入完成：共 8 行，新增 8").contains("villages.csv");
            browser.screenshot("jurisdictions-import-done");
        }
        assertThat(jdbc.sql("select count(*) from jurisdiction.division where code like '99%'")
                .query(Long.class).single()).isEqualTo(8);
    }

    @Test
    void rejectedUploadNamesTheLineAndWritesNothing() throws Exception {
        DivisionFixture fixture = new DivisionFixture();
        int line = fixture.append(DivisionFile.VILLAGES, "990101009001,\"孤村\",990101009,99,9901,990101");
        Path dir = fixture.write(temp.resolve("bad"));
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/jurisdictions/import");
            upload(browser, dir);

            browser.waitFor(Duration.ofSeconds(60),
                    d -> "REJECTED".equals(d.findElement(By.id("import-status")).getAttribute("data-state")));
            assertThat(browser.find(By.id("import-status")).getText())
                    .contains("数据库未作任何修改").contains("villages.csv 第 " + line + " 行");
        }
        assertThat(jdbc.sql("select count(*) from jurisdiction.division where code like '99%'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void uploadWithoutFilesIsRefusedOnTheForm() {
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/jurisdictions/import");
            browser.find(By.id("import-start")).click();
            assertThat(browser.find(By.id("import-refused")).getText()).contains("没有可导入的文件");
        }
    }

    private static void upload(Browser browser, Path dir) throws Exception {
        String paths;
        try (Stream<Path> files = Files.list(dir)) {
            paths = files.map(p -> p.toAbsolutePath().toString()).sorted().collect(Collectors.joining("\n"));
        }
        browser.find(By.id("import-files")).sendKeys(paths);
        browser.find(By.id("import-start")).click();
    }
}
