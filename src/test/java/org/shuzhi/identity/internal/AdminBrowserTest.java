package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * User administration in headless Chromium: an administrator creates a dispatcher through the pages; the new
 * dispatcher signs in and sees the navigation of their role — no 用户管理 — and signs out.
 */
@IntegrationTest
class AdminBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void anAdministratorCreatesADispatcherWhoThenSeesOnlyTheirNavigation() {
        try (Browser browser = Browser.open(port)) {
            browser.signIn("wj.admin", DemoAccountsLoader.PASSWORD);
            browser.find(By.id("nav-users")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/admin/users"));
            assertThat(browser.find(By.id("users")).getText()).contains("wj.dispatcher");
            browser.find(By.id("new-user")).click();

            browser.find(By.id("username")).sendKeys("t.web.dispatcher");
            browser.find(By.id("displayName")).sendKeys("震泽镇调度员");
            WebElement region = browser.find(By.id("regionCode"));
            region.clear();
            region.sendKeys("320509108");
            browser.find(By.id("mobile")).sendKeys("139 0512 3456");
            browser.find(By.id("password")).sendKeys("Dispatch-Web-2026");
            browser.find(By.id("role-dispatcher")).click();
            browser.screenshot("admin-new-user");
            browser.find(By.id("create-user")).click();

            browser.waitFor(d -> d.getCurrentUrl().contains("/admin/users/t.web.dispatcher"));
            assertThat(browser.find(By.id("done")).getText()).isEqualTo("已创建。");
            assertThat(browser.find(By.id("mobile")).getText()).as("an administrator may see it").isEqualTo("13905123456");
            assertThat(browser.find(By.id("role-dispatcher")).isSelected()).isTrue();
            browser.screenshot("admin-user-detail");
            browser.find(By.id("signout")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?logout"));

            browser.signIn("t.web.dispatcher", "Dispatch-Web-2026");
            assertThat(browser.find(By.id("current-user")).getText()).isEqualTo("震泽镇调度员");
            assertThat(browser.driver().findElements(By.id("nav-users"))).as("no 用户管理 for a dispatcher").isEmpty();
            assertThat(browser.find(By.id("nav-tokens")).isDisplayed()).isTrue();
            browser.get("/admin/users");
            assertThat(browser.find(By.cssSelector("main .problem")).getText()).contains("user.read");
            browser.find(By.id("signout")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?logout"));
            browser.get("/account/tokens");
            browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
        }
    }

    @Test
    void theUserListFitsAPhoneAndMasksMobileNumbersForAReviewer() {
        try (Browser browser = Browser.open(port, 390, 844)) {
            browser.signIn("wj.reviewer", DemoAccountsLoader.PASSWORD);
            browser.get("/admin/users?q=pw");
            WebElement row = browser.find(By.id("user-pw.admin"));
            assertThat(row.findElement(By.cssSelector(".mobile")).getText()).matches("139\\*{4}\\d{4}");
            assertThat(browser.driver().findElements(By.id("new-user"))).as("no USER_MANAGE").isEmpty();
            Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth;");
            assertThat(overflow).as("nothing wider than the phone").isEqualTo(false);
            browser.screenshot("admin-users-phone");

            browser.find(By.id("q")).clear();
            browser.find(By.id("q")).sendKeys("xt.");
            browser.waitFor(d -> d.findElements(By.id("user-pw.admin")).isEmpty());
            assertThat(browser.find(By.id("user-xt.inspector")).isDisplayed()).isTrue();
        }
    }
}
