package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The year page in a real headless Chromium: the 2026 Spring Festival, English on a phone, a year without data. */
@IntegrationTest
class CalendarPageTest {

    @LocalServerPort
    int port;

    @Test
    void theSpringFestival2026InRedWithItsMakeUpSaturdays() {
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/?lang=zh-CN");
            browser.find(By.id("calendar-card")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith(
                    "/calendar/" + LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear()));

            browser.get("/calendar/2026");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("2026 年工作日历");
            assertThat(browser.find(By.id("summary")).getText()).startsWith("全年 248 个工作日");
            WebElement newYear = cell(browser, "2026-02-17");
            assertThat(newYear.getAttribute("class")).isEqualTo("holiday");
            assertThat(newYear.getAttribute("title")).isEqualTo("春节");
            assertThat(newYear.getText()).isEqualTo("17\n休");
            assertThat(newYear.getCssValue("background-color")).isEqualTo("rgba(179, 38, 30, 1)");
            for (String makeUp : new String[] {"2026-02-14", "2026-02-28"}) {
                assertThat(cell(browser, makeUp).getAttribute("class")).isEqualTo("makeup");
                assertThat(cell(browser, makeUp).getText()).endsWith("班");
            }
            assertThat(cell(browser, "2026-03-01").getAttribute("class")).isEqualTo("weekend");
            assertThat(cell(browser, "2026-02-24").getAttribute("class")).isEqualTo("workday");
            assertThat(browser.driver().findElements(By.cssSelector("td.holiday"))).hasSize(33);
            assertThat(browser.driver().findElements(By.cssSelector("td.makeup"))).hasSize(6);
            // February 2026 begins on a Sunday: six blank cells before it in a Monday-first week
            assertThat(browser.driver().findElements(By.cssSelector("#month-2 tbody tr:first-child td.blank")))
                    .hasSize(6);
            assertThat(browser.find(By.id("holidays")).getText())
                    .contains("春节 2月15日 – 2月23日 共 9 天 · 调休上班 2月14日 六、2月28日 六")
                    .contains("国庆节 10月1日 – 10月7日 共 7 天 · 调休上班 9月20日 日、10月10日 六");
            assertThat(browser.driver().findElements(By.id("unknown-year"))).isEmpty();
            browser.screenshot("calendar-2026");
        }
    }

    @Test
    void onAPhoneInEnglish() {
        try (Browser browser = Browser.open(port, 390, 844).signIn()) {
            browser.get("/calendar/2025?lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Working calendar 2025");
            assertThat(browser.find(By.cssSelector(".legend")).getText()).contains("Make-up working day");
            assertThat(browser.find(By.id("holidays")).getText())
                    .contains("National Day and Mid-Autumn Festival Oct 1 – Oct 8 8 days off · Make-up working day"
                            + " Sep 28 Sun, Oct 11 Sat")
                    .contains("New Year's Day Jan 1 1 day off");
            assertThat(cell(browser, "2025-10-11").getAttribute("class")).isEqualTo("makeup");
            assertThat(cell(browser, "2025-10-11").getAttribute("title"))
                    .isEqualTo("National Day and Mid-Autumn Festival");
            Object overflow = browser.script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
            browser.screenshot("calendar-2025-phone-en");

            browser.find(By.id("next-year")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/calendar/2026"));
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Working calendar 2026");
        }
    }

    @Test
    void aYearWithoutDataSaysSo() {
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/calendar/2039?lang=zh-CN");
            assertThat(browser.find(By.id("unknown-year")).getText()).startsWith("尚无 2039 年的节假日安排");
            assertThat(browser.driver().findElements(By.cssSelector("td.holiday"))).isEmpty();
            assertThat(browser.driver().findElements(By.id("holidays"))).isEmpty();
            assertThat(browser.find(By.id("summary")).getText()).startsWith("全年 260 个工作日");
        }
    }

    private static WebElement cell(Browser browser, String date) {
        return browser.find(By.cssSelector("td[data-date='" + date + "']"));
    }
}
