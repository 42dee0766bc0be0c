package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.shuzhi.grid.Grids;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.Browser;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The whole event flow in headless Chromium, each person in their own browser: the inspector of 西塘社区 reports on
 * a phone (category, a tap on the map and then GPS, a photo; a double submit makes one event), the dispatcher of
 * 平望镇 accepts and dispatches to the township's enforcement bureau, its handler receives, starts and handles, the
 * inspector verifies on site, the dispatcher closes on the detail page — which then shows the closed state, the
 * whole timeline and the photo. The statistics are read before and after (see {@link #closedTotal}).
 */
@IntegrationTest
class EventFlowBrowserTest {

    private static final String PASSWORD = PageFixture.PASSWORD;
    private static final String DEPARTMENT = "320509104-cg";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    Grids grids;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void reportDispatchHandleVerifyClose() throws IOException {
        OptionalLong closedBefore = closedTotal();
        String title = "浏览器流程 " + System.nanoTime();
        Point inside = grids.find(PageFixture.GRID, DataScope.all()).orElseThrow().polygon().getInteriorPoint();

        long id = report(title, inside);
        assertThat(jdbc.sql("select count(*) from event.event where title = :t").param("t", title)
                .query(Long.class).single()).as("a double submit makes one event").isEqualTo(1);
        assertThat(http.exchange("/api/events/" + id + "/attachments", HttpMethod.GET,
                tokens.request("pw.dispatcher"), JsonNode.class).getBody()).as("the photo").hasSize(1);

        try (Browser dispatcher = Browser.open(port).signIn("pw.dispatcher", PASSWORD)) {
            dispatcher.get("/events/queue?lang=zh-CN");
            WebElement row = dispatcher.find(By.id("event-" + id));
            assertThat(row.getText()).contains(title, "待立案");
            row.findElement(By.cssSelector("form.act-ACCEPT button")).click();
            waitForState(dispatcher, id, "ACCEPTED");
            dispatcher.find(By.cssSelector("#event-" + id + " form.act-DISPATCH summary")).click();
            WebElement form = dispatcher.find(By.cssSelector("#event-" + id + " form.act-DISPATCH"));
            new Select(form.findElement(By.name("level"))).selectByValue("TOWNSHIP");
            form.findElement(By.name("department")).sendKeys(DEPARTMENT);
            form.findElement(By.name("reason")).sendKeys("占道经营归镇综合行政执法局");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitForState(dispatcher, id, "DISPATCHED");
            dispatcher.screenshot("event-queue-dispatched");
        }

        try (Browser handler = Browser.open(port).signIn("pw.cg.handler", PASSWORD)) {
            handler.get("/events/tasks?lang=zh-CN");
            assertThat(handler.find(By.id("event-" + id)).getText()).contains(title, "剩余");
            act(handler, id, "RECEIVE", "RECEIVED");
            act(handler, id, "START", "HANDLING");
            handler.find(By.cssSelector("#event-" + id + " form.act-HANDLE summary")).click();
            WebElement form = handler.find(By.cssSelector("#event-" + id + " form.act-HANDLE"));
            form.findElement(By.name("reason")).sendKeys("摊位已劝离，路面已清理");
            form.findElement(By.cssSelector("button[type=submit]")).click();
            waitForState(handler, id, "HANDLED");
        }

        try (Browser inspector = phone().signIn("xt.inspector", PASSWORD)) {
            for (String path : List.of("/events/" + id, "/events?lang=en", "/inspector?lang=zh-CN")) {
                inspector.get(path);
                inspector.find(By.cssSelector("main"));
                assertThat(((Number) inspector.script("return document.documentElement.scrollWidth - "
                        + "document.documentElement.clientWidth;")).intValue()).as(path + ": no sideways scroll")
                        .isLessThanOrEqualTo(0);
            }
            act(inspector, id, "VERIFY", "VERIFIED");
        }

        try (Browser dispatcher = Browser.open(port).signIn("pw.dispatcher", PASSWORD)) {
            dispatcher.get("/events/" + id + "?lang=zh-CN");
            dispatcher.find(By.cssSelector("#actions form.act-CLOSE button")).click();
            dispatcher.waitFor(d -> "CLOSED".equals(d.findElement(By.id("event-detail")).getAttribute("data-state")));
            assertThat(dispatcher.find(By.id("state")).getText()).isEqualTo("已结案");
            List<String> steps = dispatcher.driver().findElements(By.cssSelector("#timeline li")).stream()
                    .map(li -> li.getAttribute("data-action")).toList();
            assertThat(steps).containsExactly("REPORT", "ACCEPT", "DISPATCH", "RECEIVE", "START", "HANDLE", "VERIFY",
                    "CLOSE");
            String timeline = dispatcher.find(By.id("timeline")).getText();
            assertThat(timeline).contains("xt.inspector", "pw.dispatcher", "pw.cg.handler", "摊位已劝离，路面已清理",
                    "占道经营归镇综合行政执法局");
            assertThat(dispatcher.find(By.id("explanation")).getText()).contains("调度员指定", "镇/街道");
            assertThat(dispatcher.find(By.id("assigned")).getText()).contains(DEPARTMENT);
            assertThat(dispatcher.driver().findElements(By.cssSelector("#attachments img"))).hasSize(1);
            dispatcher.waitFor(d -> "true".equals(d.findElement(By.id("event-map")).getAttribute("data-ready")));
            assertThat(dispatcher.driver().findElements(By.cssSelector("#event-map path.leaflet-interactive")))
                    .as("the point and the grid").hasSizeGreaterThanOrEqualTo(2);
            assertThat(dispatcher.driver().findElements(By.cssSelector("#actions form.act")).stream()
                    .map(f -> f.getAttribute("class")).toList()).as("only reopening is left").containsExactly("act act-REOPEN");
            dispatcher.screenshot("event-detail-closed");

            closedBefore.ifPresent(before -> {
                long after = closedTotal().orElseThrow();
                assertThat(after).as("statistics: closed went up by one").isEqualTo(before + 1);
                statisticsPageShows(dispatcher, after);
            });
        }
    }

    /**
     * Statistics page check, for when the statistics page of the other branch is merged: its closed KPI
     * ({@code #kpi-closed}) shows the API's total. Runs only where the page exists.
     */
    private void statisticsPageShows(Browser browser, long closed) {
        boolean exists = mapping.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains("/events/statistics"));
        if (exists) {
            browser.get("/events/statistics?lang=zh-CN");
            browser.waitFor(d -> d.findElement(By.id("kpi-closed")).getText().replaceAll("[^0-9]", "")
                    .equals(Long.toString(closed)));
        }
    }

    /** The inspector's part on a phone; returns the new event's id. */
    private long report(String title, Point inside) throws IOException {
        Path photo = Files.createTempFile("shuzhi-photo", ".png");
        Files.write(photo, AttachmentApiTest.PNG);
        try (Browser phone = phone().signIn("xt.inspector", PASSWORD)) {
            phone.get("/inspector?lang=zh-CN");
            WebElement page = phone.find(By.id("inspector"));
            phone.waitFor(d -> "true".equals(page.getAttribute("data-ready")));
            assertThat(phone.driver().findElements(By.cssSelector("#pick-map path.leaflet-interactive")))
                    .as("the inspector's grid").hasSize(1);
            new Select(phone.find(By.id("cat1"))).selectByValue("04");
            new Select(phone.find(By.id("cat2"))).selectByValue("0401");
            new Select(phone.find(By.id("cat3"))).selectByValue("040101");
            phone.find(By.id("title")).sendKeys(title);
            phone.find(By.id("description")).sendKeys("人行道上摆摊，行人绕行");
            tapMap(phone, inside.getY(), inside.getX());
            phone.waitFor(d -> d.findElement(By.id("location")).getText().startsWith("已选位置"));
            // then the phone's GPS, a few metres away
            ChromeDriver chrome = (ChromeDriver) phone.driver();
            chrome.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
            chrome.executeCdpCommand("Emulation.setGeolocationOverride", Map.of("latitude", inside.getY(),
                    "longitude", inside.getX() + 0.00001, "accuracy", 5));
            phone.find(By.id("locate")).click();
            phone.waitFor(d -> d.findElement(By.id("location")).getText().startsWith("已定位"));
            phone.find(By.id("photo")).sendKeys(photo.toString());
            assertThat(((Number) phone.script("return document.documentElement.scrollWidth - "
                    + "document.documentElement.clientWidth;")).intValue()).as("no sideways scroll").isLessThanOrEqualTo(0);
            // a double tap: two submits before the first answer — one key, so one event
            phone.script("const f = document.getElementById('report-form'); f.requestSubmit(); f.requestSubmit();");
            WebElement status = phone.find(By.id("report-status"));
            phone.waitFor(d -> status.getAttribute("data-id") != null && !status.getAttribute("data-id").isEmpty());
            long id = Long.parseLong(status.getAttribute("data-id"));
            phone.waitFor(d -> !d.findElements(By.id("event-" + id)).isEmpty());
            phone.waitFor(d -> http.exchange("/api/events/" + id + "/attachments", HttpMethod.GET,
                    tokens.request("xt.inspector"), JsonNode.class).getBody().size() == 1);
            assertThat(phone.find(By.id("patrol-status")).getText()).as("patrol API answered or is missing").isNotBlank();
            phone.screenshot("event-inspector-reported");
            return id;
        } finally {
            Files.deleteIfExists(photo);
        }
    }

    private Browser phone() {
        Browser browser = Browser.open(port, 375, 812);
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 375, "height", 812, "deviceScaleFactor", 2, "mobile", true));
        return browser;
    }

    /** Clicks an action's button in the event's row and waits until the row shows the state it leads to. */
    private static void act(Browser browser, long id, String action, String state) {
        browser.find(By.cssSelector("#event-" + id + " form.act-" + action + " button")).click();
        waitForState(browser, id, state);
    }

    private static void waitForState(Browser browser, long id, String state) {
        browser.waitFor(d -> state.equals(d.findElement(By.id("event-" + id)).getAttribute("data-state")));
    }

    private static void tapMap(Browser browser, double lat, double lng) {
        WebElement map = browser.find(By.id("pick-map"));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", map);
        Map<?, ?> at = (Map<?, ?>) browser.script("""
                const p = window.shuzhiReport.map.latLngToContainerPoint([arguments[0], arguments[1]]);
                return {x: p.x, y: p.y};""", lat, lng);
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
    }

    /**
     * Statistics check (the statistics API and page are built on another branch): the number of closed events in
     * 平望镇 from {@code GET /api/events/statistics} as its dispatcher — empty while that endpoint does not exist, so
     * the flow then skips the before/after comparison. Without it the path answers 404, or 400 where
     * {@code /api/events/{id}} takes "statistics" for an id; so "does not exist" is read from the handler mapping,
     * and once it exists any answer but 200 fails.
     */
    private OptionalLong closedTotal() {
        boolean exists = mapping.getHandlerMethods().keySet().stream()
                .anyMatch(info -> info.getPatternValues().contains("/api/events/statistics"));
        ResponseEntity<JsonNode> answer = http.exchange("/api/events/statistics", HttpMethod.GET,
                tokens.request("pw.dispatcher"), JsonNode.class);
        if (!exists && List.of(400, 404).contains(answer.getStatusCode().value())) {
            return OptionalLong.empty();
        }
        assertThat(answer.getStatusCode().value()).as("GET /api/events/statistics").isEqualTo(200);
        JsonNode body = answer.getBody();
        JsonNode closed = body.path("totals").has("closed") ? body.path("totals").path("closed") : body.findValue("closed");
        assertThat(closed).as("a 'closed' total in %s", body).isNotNull();
        return OptionalLong.of(closed.asLong());
    }
}
