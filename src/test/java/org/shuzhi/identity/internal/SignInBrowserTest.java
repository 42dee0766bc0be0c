package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Signing in and out in headless Chromium, and navigation that follows the signed-in caller's permissions. */
@IntegrationTest
class SignInBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void signInShowsTheUserAndWhatTheirRoleMayDoThenSignOut() {
        try (Browser browser = Browser.open(port)) {
            browser.get("/jurisdictions");
            browser.waitFor(d -> d.getCurrentUrl().contains("/login"));
            browser.screenshot("signin-form");

            browser.signIn("wj.analyst", DemoAccountsLoader.PASSWORD);
            browser.get("/jurisdictions");
            assertThat(browser.find(By.id("current-user")).getText()).isNotBlank();
            assertThat(browser.driver().findElements(By.id("import-link"))).as("an analyst may not import").isEmpty();

            browser.find(By.id("signout")).click();
            browser.waitFor(d -> d.getCurrentUrl().endsWith("/login?logout"));
            assertThat(browser.find(By.id("signin-out")).getText()).contains("已安全退出");
            browser.get("/jurisdictions");
            browser.waitFor(d -> d.getCurrentUrl().contains("/login"));

            browser.signIn("wj.admin", DemoAccountsLoader.PASSWORD);
            browser.get("/jurisdictions");
            assertThat(browser.find(By.id("import-link")).isDisplayed()).as("an administrator may import").isTrue();
            browser.screenshot("signed-in-admin");
        }
    }

    @Test
    void aWrongPasswordIsSaidPlainly() {
        try (Browser browser = Browser.open(port)) {
            browser.get("/login");
            browser.find(By.id("username")).sendKeys("wj.leader");
            browser.find(By.id("password")).sendKeys("not-the-password");
            browser.find(By.id("signin")).click();
            assertThat(browser.find(By.id("signin-error")).getText()).isEqualTo("用户名或密码不正确。");
        }
    }
}
