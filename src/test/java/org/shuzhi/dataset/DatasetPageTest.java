package org.shuzhi.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.dataset.DatasetFixture.HEADER;
import static org.shuzhi.dataset.DatasetFixture.PROVIDER;
import static org.shuzhi.dataset.DatasetFixture.idNumber;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.support.Browser;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The dataset page: in Chromium, 吴江城管's data admin uploads a file with a bad row and sees the failure naming the
 * line, then a good file, whose progress box polls until the load succeeded and whose quality report is drawn; the
 * page in both languages without missing messages; other jurisdictions get 404.
 */
@IntegrationTest
class DatasetPageTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Test
    void uploadWatchProgressAndSeeTheQualityReport() throws Exception {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        Path bad = Files.createTempFile("dataset-bad-", ".csv");
        Path good = Files.createTempFile("dataset-good-", ".csv");
        Files.writeString(bad, HEADER + "\n张三," + idNumber(1) + ",,,,,\n李四,12345,,,,,\n", StandardCharsets.UTF_8);
        StringBuilder rows = new StringBuilder(HEADER + "\n");
        for (int i = 1; i <= 40; i++) {
            rows.append("居民").append(i).append(',').append(idNumber(i)).append(',')
                    .append(i % 4 == 0 ? "" : "139051200" + String.format("%02d", i)).append(",,,,\n");
        }
        Files.writeString(good, rows.toString(), StandardCharsets.UTF_8);
        try (Browser browser = Browser.open(port).signIn(PROVIDER, "Shuzhi@Demo2026")) {
            browser.get("/datasets/" + fixture.id + "?lang=zh-CN");
            assertThat(browser.find(By.id("dataset-size")).getText()).isEqualTo("尚未导入数据。");

            upload(browser, bad, "upsert");
            WebElement status = browser.find(By.id("load-status"));
            browser.waitFor(d -> "FAILED".equals(d.findElement(By.id("load-status")).getAttribute("data-status")));
            assertThat(browser.find(By.cssSelector(".load-errors tbody")).getText()).contains("3", "id_number",
                    "未通过 RESIDENT_ID 校验");

            upload(browser, good, "replace");
            browser.waitFor(d -> "SUCCEEDED".equals(d.findElement(By.id("load-status")).getAttribute("data-status")));
            assertThat(browser.find(By.id("load-status")).getText()).contains("导入成功：读取 40 行，新增 40 行");
            browser.get("/datasets/" + fixture.id + "?lang=zh-CN");
            assertThat(browser.find(By.id("dataset-size")).getText()).startsWith("共 40 行");
            browser.waitFor(d -> !d.findElements(By.cssSelector("#quality-chart canvas")).isEmpty());
            assertThat(browser.find(By.id("quality-chart")).getAttribute("data-completeness")).contains("0.75");
            browser.screenshot("dataset-page");
            assertThat(status).isNotNull();
        }
    }

    private static void upload(Browser browser, Path file, String mode) {
        browser.find(By.id("dataset-file")).sendKeys(file.toAbsolutePath().toString());
        new Select(browser.find(By.id("dataset-mode"))).selectByValue(mode);
        browser.find(By.id("dataset-start")).click();
    }

    @Test
    void thePageSpeaksBothLanguagesAndStaysInsideTheScope() {
        DatasetFixture fixture = new DatasetFixture(http, tokens);
        long load = fixture.load(HEADER + "\n张三," + idNumber(1) + ",,,,,\n", "replace").path("id").asLong();
        for (String lang : new String[] {"zh-CN", "en"}) {
            ResponseEntity<String> page = page(PROVIDER, "/datasets/" + fixture.id + "?lang=" + lang);
            assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).contains("测试数据集", "quality-chart").doesNotContain("??");
            assertThat(page(PROVIDER, "/datasets/loads/" + load + "/status?lang=" + lang).getBody())
                    .contains("SUCCEEDED").doesNotContain("??");
        }
        assertThat(page(PROVIDER, "/datasets/" + fixture.id + "?lang=en").getBody()).contains("Upload data");
        assertThat(page("gs.admin", "/datasets/" + fixture.id).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("gs.admin", "/datasets/loads/" + load + "/status").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ResponseEntity<String> page(String user, String path) {
        return http.exchange(path, HttpMethod.GET, new HttpEntity<>(tokens.as(user)), String.class);
    }
}
