package org.shuzhi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The audit pages in headless Chromium: searching and paging with htmx while the address keeps the filters, the
 * record table on a phone, verification green and — after a record was edited in the database — red naming it,
 * and no way in without the permission.
 */
@IntegrationTest
class AuditPagesBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    AuditFixture fixture;

    @Test
    void searchPagesOlderAndFiltersWithTheFiltersInTheAddress() {
        String prefix = "page" + System.nanoTime() + ".";
        List<Long> written = writeFive(prefix);
        try (Browser browser = Browser.open(port)) {
            browser.signIn();
            browser.get("/");
            browser.find(By.id("nav-audit")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/audit"));
            browser.get("/audit?action=" + prefix + "&limit=2");
            assertThat(browser.find(By.id("total")).getText()).isEqualTo("共 5 条记录");
            assertThat(shownSeqs(browser)).containsExactlyElementsOf(written.subList(0, 2));

            browser.find(By.id("older")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("before=" + written.get(1)));
            browser.waitFor(d -> shownSeqs(browser).equals(written.subList(2, 4)));
            assertThat(browser.driver().getCurrentUrl()).contains("action=" + prefix).contains("limit=2");
            browser.screenshot("audit-search-older");

            new Select(browser.find(By.id("f-outcome"))).selectByValue("DENIED");
            browser.find(By.id("search")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("outcome=DENIED"));
            browser.waitFor(d -> shownSeqs(browser).equals(List.of(written.get(2))));
            assertThat(browser.driver().getCurrentUrl()).as("no empty fields, no stale cursor")
                    .doesNotContain("from=").doesNotContain("before=");
            assertThat(browser.find(By.cssSelector("tr[data-seq] .outcome")).getText()).isEqualTo("拒绝");

            browser.driver().navigate().refresh();
            assertThat(shownSeqs(browser)).as("the address alone reproduces the search").containsExactly(written.get(2));
        }
    }

    @Test
    void onAPhoneRecordsAreCardsAndNothingScrollsSideways() {
        String prefix = "phone" + System.nanoTime() + ".";
        writeFive(prefix);
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn();
            browser.get("/audit?action=" + prefix + "&lang=en");
            assertThat(browser.find(By.id("total")).getText()).isEqualTo("5 records");
            assertThat(browser.find(By.cssSelector(".audit-records thead")).isDisplayed()).isFalse();
            Number overflow = (Number) browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow.intValue()).isLessThanOrEqualTo(0);
            browser.screenshot("audit-search-phone");
            browser.script("document.getElementById('results').scrollIntoView();");
            browser.screenshot("audit-search-phone-records");
        }
    }

    @Test
    void verificationIsGreenThenRedNamingTheEditedRecordInTheCallersLanguage() {
        long victim = fixture.record("browser.victim", "320509", "browser.victim", Outcome.SUCCESS);
        try (Browser browser = Browser.open(port)) {
            browser.signIn();
            browser.get("/audit");
            browser.find(By.id("verify-link")).click();
            WebElement green = browser.find(By.cssSelector("#verification.intact"));
            assertThat(green.findElement(By.id("verdict")).getText()).startsWith("完整：已校验");
            assertThat(green.findElement(By.id("anchor")).getText()).isNotBlank();
            browser.screenshot("audit-verify-intact");

            fixture.overwriteActor(victim, "someone-else");
            try {
                browser.find(By.id("verify-again")).click();
                WebElement red = browser.find(By.cssSelector("#verification.broken"));
                assertThat(red.findElement(By.id("verdict")).getText()).isEqualTo("已被篡改：第一条异常记录为第 " + victim + " 条。");
                assertThat(red.findElement(By.id("reason")).getText()).isEqualTo("第 " + victim + " 条记录被修改（内容哈希不符）");
                browser.screenshot("audit-verify-broken");
                browser.get("/audit/verify?lang=en");
                assertThat(browser.find(By.cssSelector("#verification.broken #reason")).getText())
                        .isEqualTo("record " + victim + " was altered (content hash mismatch)");
                browser.find(By.id("view-broken")).click();
                browser.waitFor(d -> d.getCurrentUrl().contains("before=" + (victim + 1)));
                assertThat(shownSeqs(browser).get(0)).isEqualTo(victim);
            } finally {
                fixture.overwriteActor(victim, "browser.victim");
            }
            browser.get("/audit/verify?lang=zh-CN");
            assertThat(browser.find(By.cssSelector("#verification.intact")).isDisplayed()).isTrue();
        }
    }

    @Test
    void withoutThePermissionThereIsNoLinkAndNoPage() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("wj.dispatcher", AuditFixture.DEMO_PASSWORD);
            browser.get("/");
            assertThat(browser.driver().findElements(By.id("nav-audit"))).isEmpty();
            browser.get("/audit");
            assertThat(browser.find(By.cssSelector("main")).getText()).contains("403").contains("没有查看审计日志的权限");
            browser.get("/audit/verify");
            assertThat(browser.find(By.cssSelector("main")).getText()).contains("没有校验审计日志的权限");
        }
    }

    private List<Long> writeFive(String prefix) {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(0, fixture.record("browser.user", "320509", prefix + "act",
                    i == 2 ? Outcome.DENIED : Outcome.SUCCESS));
        }
        return written;
    }

    private static List<Long> shownSeqs(Browser browser) {
        return browser.driver().findElements(By.cssSelector("tr[data-seq]")).stream()
                .map(row -> Long.valueOf(row.getAttribute("data-seq"))).toList();
    }
}
