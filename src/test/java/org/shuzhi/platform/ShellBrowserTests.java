package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The shell in a real headless Chromium: navigation folds into a menu on a phone, and the language switch works. */
@IntegrationTest
class ShellBrowserTests {

    @LocalServerPort
    int port;

    @Test
    void onAPhoneTheNavigationOpensFromTheMenuAndLeadsToTheModules() {
        try (Browser browser = Browser.open(port, 390, 844).signIn()) {
            browser.get("/");
            WebElement nav = browser.find(By.cssSelector("nav.sidenav"));
            assertThat(nav.isDisplayed()).isFalse();

            browser.find(By.cssSelector("label.menu-toggle")).click();
            browser.waitFor(d -> nav.isDisplayed());
            browser.screenshot("shell-phone-menu");

            nav.findElement(By.linkText("行政区划")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/jurisdictions"));
        }
    }

    @Test
    void theLanguageSwitchTurnsTheShellEnglishAndIsRemembered() {
        try (Browser browser = Browser.open(port).signIn()) {
            browser.get("/");
            assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("工作台");

            browser.find(By.id("lang-switch")).click();
            browser.waitFor(d -> d.findElement(By.cssSelector("h1")).getText().equals("Workbench"));

            browser.get("/");
            assertThat(browser.find(By.cssSelector("h1")).getText()).isEqualTo("Workbench");
            assertThat(browser.find(By.id("lang-switch")).getText()).isEqualTo("中文");
            browser.screenshot("shell-english");
        }
    }
}
