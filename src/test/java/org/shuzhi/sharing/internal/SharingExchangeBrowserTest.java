package org.shuzhi.sharing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.SignedInClient;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sharing exchange end to end in headless Chromium, each person in their own browser and only through pages:
 * 吴江区城市管理局's data administrator catalogues a conditionally shared register of street stalls (with the
 * stallholder's name and mobile), attaches a dataset, uploads its CSV and submits it; the data authority's reviewer
 * approves and publishes it; 民政局's data administrator finds it in the catalog and applies for it; the reviewer
 * approves the application in the sharing inbox; the consumer opens the grant's rows and sees the personal values
 * masked (also on a phone); the platform administrator finds the call in the audit log. The statistics row of the
 * call is checked in the database: the page is a sharing call like the API's.
 */
@IntegrationTest
class SharingExchangeBrowserTest {

    private static final String PASSWORD = SignedInClient.PASSWORD;
    private static final String PROVIDER = "wj.cg.admin";
    private static final String REVIEWER = "wj.reviewer";
    private static final String CONSUMER = "wj.mz.admin";
    private static final String AUDITOR = "wj.admin";
    private static final String NAME = "平望镇流动摊位经营者登记";
    private static final String CSV = """
            stall_no,owner_name,mobile
            PW-001,张伟,13905121234
            PW-002,李秀英,13905125678
            """;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPublishedResourceIsAppliedForApprovedReadMaskedAndTheCallIsAudited() throws IOException {
        String code = "320509-cg-b" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        long entry = catalogue(code);
        review(entry);
        long application = apply(code);
        approve(application, code);
        readMasked(code);
        // four views of the rows: the list, by key, and twice on the phone — each audited and counted
        assertThat(jdbc.sql("select count(*) from audit.record where action = 'share.call' and actor = :a and target = :t")
                .param("a", CONSUMER).param("t", "resource:" + code).query(Long.class).single())
                .as("audited sharing calls").isEqualTo(4);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from sharing.call where entry_code = :c and consumer = :a and status = 200")
                .param("c", code).param("a", CONSUMER).query(Long.class).single())
                .as("sharing statistics rows").isEqualTo(4));
        auditorFinds(code);
    }

    /** The provider: 编目 on /catalog/new, 挂接, the CSV on the dataset page, 提交审核; returns the entry's id. */
    private long catalogue(String code) throws IOException {
        Path csv = Files.createTempFile("stalls", ".csv");
        Files.writeString(csv, CSV, StandardCharsets.UTF_8);
        try (Browser provider = Browser.open(port).signIn(PROVIDER, PASSWORD)) {
            provider.get("/catalog/new?lang=zh-CN");
            provider.find(By.id("f-code")).sendKeys(code);
            provider.find(By.id("f-name")).sendKeys(NAME);
            provider.find(By.id("f-summary")).sendKeys("平望镇临时摊位的编号、经营者姓名及联系电话");
            new Select(provider.find(By.id("f-sharing"))).selectByValue("CONDITIONAL");
            provider.find(By.id("f-condition")).sendKeys("用于辖区社会救助与市容管理核查");
            provider.find(By.id("f-basis")).sendKeys("《江苏省公共数据管理办法》第十九条");
            List<WebElement> rows = provider.driver().findElements(By.cssSelector(".item-row"));
            item(rows.get(0), "摊位编号", "stall_no", "PLAIN", true);
            item(rows.get(1), "经营者姓名", "owner_name", "PERSON_NAME", false);
            item(rows.get(2), "联系电话", "mobile", "MOBILE", false);
            provider.find(By.id("save")).click();
            provider.waitFor(d -> d.getCurrentUrl().matches(".*/catalog/[0-9]+$"));
            long id = Long.parseLong(provider.driver().getCurrentUrl().replaceAll(".*/catalog/", ""));
            assertThat(provider.find(By.id("entry-sharing")).getText()).isEqualTo("有条件共享");

            WebElement attach = provider.find(By.cssSelector("form[data-action=ATTACH]"));
            new Select(attach.findElement(By.name("resourceKind"))).selectByValue("DATASET");
            attach.findElement(By.name("resourceRef")).sendKeys("流动摊位登记表");
            provider.find(By.id("step-ATTACH")).click();
            waitForState(provider, "ATTACHED");

            provider.find(By.id("dataset-link")).click();
            provider.find(By.id("dataset-file")).sendKeys(csv.toString());
            provider.find(By.id("dataset-start")).click();
            provider.waitFor(d -> "SUCCEEDED".equals(d.findElement(By.id("load-status")).getAttribute("data-status")));

            provider.get("/catalog/" + id + "?lang=zh-CN");
            provider.find(By.id("step-SUBMIT")).click();
            waitForState(provider, "SUBMITTED");
            return id;
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    private static void item(WebElement row, String name, String column, String fieldType, boolean key) {
        row.findElement(By.name("itemName")).sendKeys(name);
        row.findElement(By.name("itemColumn")).sendKeys(column);
        new Select(row.findElement(By.name("itemType"))).selectByValue("TEXT");
        new Select(row.findElement(By.name("itemFieldType"))).selectByValue(fieldType);
        new Select(row.findElement(By.name("itemRequired"))).selectByValue("true");
        new Select(row.findElement(By.name("itemKey"))).selectByValue(Boolean.toString(key));
    }

    /** The data authority's reviewer: 审核通过, then 发布. */
    private void review(long entry) {
        try (Browser reviewer = Browser.open(port).signIn(REVIEWER, PASSWORD)) {
            reviewer.get("/catalog/" + entry + "?lang=zh-CN");
            reviewer.find(By.id("step-APPROVE")).click();
            waitForState(reviewer, "APPROVED");
            reviewer.find(By.id("step-PUBLISH")).click();
            waitForState(reviewer, "PUBLISHED");
        }
    }

    /** The consumer finds the entry in the catalog and applies from it; returns the application's id. */
    private long apply(String code) {
        try (Browser consumer = Browser.open(port).signIn(CONSUMER, PASSWORD)) {
            consumer.get("/catalog?lang=zh-CN");
            consumer.find(By.id("q")).sendKeys("流动摊位");
            consumer.find(By.id("search")).click();
            consumer.waitFor(d -> d.getCurrentUrl().contains("q="));
            // htmx swaps the results in: a link found before the swap goes stale, so find and click as one step
            consumer.waitFor(d -> {
                d.findElement(By.cssSelector("article.hit[data-code='" + code + "'] h3 a")).click();
                return true;
            });
            assertThat(consumer.find(By.id("entry-state")).getAttribute("data-state")).isEqualTo("PUBLISHED");
            consumer.find(By.id("apply-link")).click();

            assertThat(consumer.find(By.id("apply-entry")).getText()).contains(NAME, code);
            for (String column : List.of("stall_no", "owner_name", "mobile")) {
                consumer.find(By.id("field-" + column)).click();
            }
            WebElement form = consumer.find(By.id("apply"));
            form.findElement(By.name("purpose")).sendKeys("核对低保对象的经营收入情况");
            WebElement days = form.findElement(By.name("durationDays"));
            days.clear();
            days.sendKeys("90");
            form.findElement(By.name("legalBasis")).sendKeys("《社会救助暂行办法》第十一条");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            consumer.waitFor(d -> d.getCurrentUrl().contains("done=applied"));
            WebElement mine = consumer.find(By.xpath("//table[@id='mine']//tr[td[contains(., '" + code + "')]]"));
            assertThat(mine.getText()).contains("stall_no, owner_name, mobile", "待审批");
            return Long.parseLong(mine.getAttribute("data-id"));
        }
    }

    /** The reviewer approves in the sharing inbox (htmx replaces the row). */
    private void approve(long application, String code) {
        try (Browser reviewer = Browser.open(port).signIn(REVIEWER, PASSWORD)) {
            reviewer.get("/sharing?lang=zh-CN");
            WebElement row = reviewer.find(By.id("application-" + application));
            assertThat(row.getText()).contains(code, CONSUMER, "核对低保对象的经营收入情况");
            row.findElement(By.name("reason")).sendKeys("同意，用于低保核对");
            reviewer.script("arguments[0].scrollIntoView({block: 'center'});", row);
            row.findElement(By.cssSelector("button[value=approve]")).click();
            reviewer.waitFor(d -> "APPROVED".equals(d.findElement(By.id("application-" + application))
                    .getAttribute("data-state")));
        }
    }

    /** The consumer opens the grant's rows from /sharing: masked, and found by key; then the same on a phone. */
    private void readMasked(String code) {
        try (Browser consumer = Browser.open(port).signIn(CONSUMER, PASSWORD)) {
            consumer.get("/sharing?lang=zh-CN");
            WebElement grant = consumer.find(By.cssSelector("#grants tr[data-entry='" + code + "']"));
            assertThat(grant.getText()).contains("核对低保对象的经营收入情况", "有效期至");
            grant.findElement(By.cssSelector("a.rows-link")).click();

            assertThat(consumer.find(By.id("entry-name")).getText()).isEqualTo(NAME);
            assertThat(consumer.find(By.id("total")).getText()).isEqualTo("共 2 条");
            String table = consumer.find(By.id("rows")).getText();
            assertThat(table).contains("PW-001", "张*", "139****1234", "PW-002", "李**", "139****5678")
                    .doesNotContain("张伟", "13905121234", "李秀英", "13905125678");
            assertThat(consumer.driver().findElements(By.cssSelector("#rows th .badge.masked"))).hasSize(2);
            assertThat(consumer.find(By.id("grant")).getText()).contains("核对低保对象的经营收入情况");
            assertThat(consumer.driver().getPageSource()).doesNotContain("张伟", "13905121234");
            consumer.screenshot("sharing-rows-masked");

            consumer.find(By.id("key")).sendKeys("PW-002");
            consumer.find(By.id("find")).click();
            consumer.waitFor(d -> d.findElement(By.id("total")).getText().equals("共 1 条"));
            assertThat(consumer.find(By.id("rows")).getText()).contains("李**").doesNotContain("PW-001", "李秀英");
        }
        try (Browser phone = Browser.open(port, 390, 844).signIn(CONSUMER, PASSWORD)) {
            for (String path : List.of("/sharing/entries/" + code + "/rows?lang=en", "/sharing?lang=zh-CN")) {
                phone.get(path);
                phone.find(By.cssSelector("main"));
                assertThat(((Number) phone.script("return document.documentElement.scrollWidth - "
                        + "document.documentElement.clientWidth;")).intValue()).as(path + ": no sideways scroll")
                        .isLessThanOrEqualTo(0);
            }
            phone.get("/sharing/entries/" + code + "/rows?lang=en");
            assertThat(phone.find(By.id("total")).getText()).isEqualTo("2 rows");
            assertThat(phone.find(By.id("rows")).getText()).contains("139****1234").doesNotContain("13905121234");
            phone.screenshot("sharing-rows-phone");
        }
    }

    /** The administrator of 吴江区 searches the audit log for calls of the resource and finds the consumer's. */
    private void auditorFinds(String code) {
        try (Browser auditor = Browser.open(port).signIn(AUDITOR, PASSWORD)) {
            auditor.get("/audit?lang=zh-CN");
            auditor.find(By.id("f-action")).sendKeys("share.call");
            auditor.find(By.id("f-target")).sendKeys("resource:" + code);
            auditor.find(By.id("f-actor")).sendKeys(CONSUMER);
            auditor.find(By.id("search")).click();
            auditor.waitFor(d -> d.getCurrentUrl().contains("action=share.call"));
            WebElement call = auditor.find(By.cssSelector("#results table.audit-records tbody tr"));
            assertThat(call.findElement(By.cssSelector("td.actor")).getText()).isEqualTo(CONSUMER);
            assertThat(call.findElement(By.cssSelector("td.action")).getText()).isEqualTo("share.call");
            assertThat(call.findElement(By.cssSelector("td.target")).getText()).isEqualTo("resource:" + code);
            assertThat(call.findElement(By.cssSelector("td.outcome")).getText()).isEqualTo("成功");
            assertThat(call.findElement(By.cssSelector("td.details")).getText())
                    .contains("核对低保对象的经营收入情况", "owner_name", "\"status\":200");
            assertThat(auditor.find(By.id("results")).getText()).doesNotContain("张伟", "13905121234");
            auditor.screenshot("sharing-audit-call");
        }
    }

    private static void waitForState(Browser browser, String state) {
        browser.waitFor(d -> state.equals(d.findElement(By.id("entry-state")).getAttribute("data-state")));
    }
}
