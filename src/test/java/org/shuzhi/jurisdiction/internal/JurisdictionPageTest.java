package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuzhi.jurisdiction.Division;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The jurisdiction pages in a real headless Chromium on the demo divisions: tree, search, detail, phone. */
@IntegrationTest
class JurisdictionPageTest {

    @LocalServerPort
    int port;

    @Autowired
    Jurisdictions jurisdictions;

    @Test
    void expandTheTreeDownToPingwangAndSearchForIt() {
        List<Division> villages = jurisdictions.children("320509104");
        try (Browser browser = Browser.open(port).signIn()) {
            // headless Chromium asks for en-US whatever --lang says; a person picks Chinese the same way
            browser.get("/jurisdictions?lang=zh-CN");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("行政区划");
            assertThat(node(browser, "32").findElement(By.cssSelector(".count")).getText()).isEqualTo("1 个下级");

            for (String code : List.of("32", "3205", "320509", "320509104")) {
                node(browser, code).findElement(By.tagName("summary")).click();
            }
            List<WebElement> shown = browser.waitFor(d -> {
                List<WebElement> items = d.findElements(By.cssSelector("#children-320509104 > li.node"));
                return items.size() == villages.size() ? items : null;
            });
            assertThat(shown.get(0).getText()).contains(villages.get(0).name(), villages.get(0).code());
            assertThat(shown.get(26).getText()).contains(villages.get(26).name());
            browser.screenshot("jurisdictions-tree-pingwang");

            browser.find(By.id("q")).sendKeys("平望");
            WebElement first = browser.find(By.cssSelector("#search-results .results li"));
            assertThat(first.getText()).contains("江苏省 › 苏州市 › 吴江区 › 平望镇", "320509104", "乡级");
            browser.screenshot("jurisdictions-search-pingwang");

            first.findElement(By.tagName("a")).click();
            assertThat(browser.find(By.id("division-code")).getText()).isEqualTo("320509104");
            assertThat(browser.find(By.cssSelector(".crumbs")).getText())
                    .contains("行政区划", "江苏省", "苏州市", "吴江区", "平望镇");
            assertThat(browser.driver().findElements(By.cssSelector("#tree > li.node"))).hasSize(27);
        }
    }

    @Test
    void onAPhoneInEnglish() {
        try (Browser browser = Browser.open(port, 390, 844).signIn()) {
            browser.get("/jurisdictions?lang=en");
            assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Jurisdictions");
            node(browser, "62").findElement(By.tagName("summary")).click();
            assertThat(node(browser, "6201").getText()).contains("兰州市", "below");

            browser.find(By.id("q")).sendKeys("平望");
            assertThat(browser.find(By.cssSelector("#search-results .results li")).getText())
                    .contains("江苏省 › 苏州市 › 吴江区 › 平望镇", "Township");
            assertThat(browser.find(By.cssSelector("#search-results .muted")).getText())
                    .startsWith("Divisions whose name contains");
            assertNoHorizontalScroll(browser);
            browser.screenshot("jurisdictions-phone-en");

            browser.get("/jurisdictions/320509104");
            assertThat(browser.find(By.cssSelector(".facts")).getText()).contains("Code", "Level", "Township",
                    "Parent", "吴江区");
            assertNoHorizontalScroll(browser);
            browser.screenshot("jurisdictions-phone-detail-en");
        }
    }

    private static WebElement node(Browser browser, String code) {
        return browser.find(By.cssSelector("li.node[data-code='" + code + "']"));
    }

    private static void assertNoHorizontalScroll(Browser browser) {
        Object overflow = browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) overflow).intValue()).as("horizontal overflow in px").isLessThanOrEqualTo(0);
    }
}
