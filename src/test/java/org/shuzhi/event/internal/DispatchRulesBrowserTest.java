package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.SignedInClient;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The rules page in headless Chromium: the administrator of 吴江区 adds a night rule and deactivates it, htmx
 * swapping the list in place (the page is never reloaded: a marker set on it survives).
 */
@IntegrationTest
class DispatchRulesBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorAddsAndDeactivatesARuleInPlace() {
        String name = "浏览器夜间规则 " + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = Browser.open(port)) {
            browser.signIn("wj.admin", SignedInClient.PASSWORD);
            browser.get("/events/rules");
            assertThat(browser.find(By.id("rules")).getText()).contains("园林绿化小事网格自办");
            browser.script("window.notReloaded = true;");

            WebElement region = browser.find(By.id("regionCode"));
            region.clear();
            region.sendKeys("320509104");
            browser.find(By.id("name")).sendKeys(name);
            new Select(browser.find(By.id("categoryPrefix"))).selectByValue("0302");
            browser.find(By.id("hourFrom")).sendKeys("22");
            browser.find(By.id("hourTo")).sendKeys("6");
            new Select(browser.find(By.id("level"))).selectByValue("TOWNSHIP");
            browser.find(By.id("department")).sendKeys("320509104-cg");
            browser.screenshot("dispatch-rules-form");
            browser.find(By.id("create-rule")).click();

            browser.waitFor(d -> d.findElement(By.id("rules")).getText().contains(name));
            assertThat(browser.find(By.id("done")).getText()).isEqualTo("规则已保存。");
            assertThat(browser.script("return window.notReloaded === true;")).as("swapped by htmx").isEqualTo(true);
            WebElement row = browser.find(By.xpath("//tr[td[1][text()='" + name + "']]"));
            assertThat(row.getText()).contains("22:00–06:00", "320509104-cg", "生效");
            browser.script("arguments[0].scrollIntoView({block: 'center'});", row);
            browser.screenshot("dispatch-rules-added");

            WebElement deactivate = row.findElement(By.cssSelector("button[id^=deactivate-]"));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", deactivate);
            deactivate.click();
            browser.waitFor(d -> d.findElement(By.xpath("//tr[td[1][text()='" + name + "']]")).getText()
                    .contains("已停用"));
            assertThat(browser.find(By.id("done")).getText()).isEqualTo("规则已停用。");
            assertThat(browser.script("return window.notReloaded === true;")).isEqualTo(true);
        }
    }
}
