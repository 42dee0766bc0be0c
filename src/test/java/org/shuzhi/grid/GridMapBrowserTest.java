package org.shuzhi.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.Browser;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The map page in a real headless Chromium against the demo grids: polygons drawn, a click answered like the locate
 * API answers, a click on a grid shows its details, a click outside says so; desktop and phone.
 */
@IntegrationTest
class GridMapBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    Grids grids;

    @Test
    void drawsTheGridsAndAnswersClicksLikeTheLocateApi() {
        Point inside = grids.find("320509104001001", DataScope.all()).orElseThrow().polygon().getInteriorPoint();
        Map<?, ?> expected = locate(inside.getY(), inside.getX());
        String comprehensive = (String) ((Map<?, ?>) expected.get("comprehensive")).get("code");
        String professional = (String) ((Map<?, ?>) expected.get("professional")).get("code");
        assertThat(comprehensive).isEqualTo("320509104001001");

        try (Browser browser = Browser.open(port).signIn()) {
            // Chromium asks for English (Accept-Language en-US); the page's default language is tested over HTTP
            browser.get("/grids/map?lang=zh-CN&region=320509104");
            WebElement page = browser.find(By.id("grid-page"));
            browser.waitFor(d -> "true".equals(page.getAttribute("data-ready")));

            // every grid of 平望镇 is drawn, each type in its own layer
            for (GridType type : GridType.values()) {
                List<?> features = (List<?>) http.getForObject("/api/grids?region=320509104&type=" + type, Map.class).get("features");
                assertThat(count(browser, "#grid-map path.grid-shape.grid-" + type)).as(type.name()).isEqualTo(features.size());
            }
            assertThat(count(browser, "#grid-map path.grid-shape")).isEqualTo(95);
            assertThat(browser.find(By.id("grid-count")).getText()).isEqualTo("95 个网格");

            // a click inside a known grid: the answer is the locate API's, and the clicked polygon's details show
            click(browser, inside.getY(), inside.getX());
            WebElement here = browser.find(By.id("grid-here"));
            browser.waitFor(d -> comprehensive.equals(here.getAttribute("data-code")));
            assertThat(here.getText()).contains(comprehensive, professional, "江苏省", "平望镇", "西塘社区居委会");
            WebElement details = browser.find(By.id("grid-details"));
            browser.waitFor(d -> comprehensive.equals(details.getAttribute("data-code")));
            assertThat(details.getText()).contains("平望镇西塘社区第1网格", "综合网格", "吴江区", "平方千米");
            browser.screenshot("grid-map");

            // with the comprehensive layer off, the same click lands on the professional grid
            browser.find(By.xpath("//label[contains(., '综合网格')]//input")).click();
            click(browser, inside.getY(), inside.getX());
            browser.waitFor(d -> professional.equals(details.getAttribute("data-code")));
            assertThat(details.findElement(By.cssSelector("[data-fact=enterprises]")).getText()).matches("\\d+ / 80");

            // a click in a corner of the map, away from the town
            Map<?, ?> corner = (Map<?, ?>) browser.script("""
                    const map = window.shuzhiGridMap.map, size = map.getSize();
                    const ll = map.containerPointToLatLng([size.x - 40, size.y - 40]);
                    return {lat: ll.lat, lng: ll.lng};""");
            double lat = ((Number) corner.get("lat")).doubleValue();
            double lng = ((Number) corner.get("lng")).doubleValue();
            assertThat(locate(lat, lng).get("inGrid")).isEqualTo(false);
            click(browser, lat, lng);
            browser.waitFor(d -> here.getText().contains("该点不在任何网格内"));
        }
    }

    @Test
    void onAPhoneThePanelIsABottomSheetAndEnglishWorks() {
        try (Browser browser = Browser.open(port, 390, 844).signIn()) {
            // a desktop Chromium window cannot be narrower than 500 px: emulate the phone's viewport instead
            ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            browser.get("/grids/map?lang=en&region=320509104");
            WebElement page = browser.find(By.id("grid-page"));
            browser.waitFor(d -> "true".equals(page.getAttribute("data-ready")));
            assertThat(browser.find(By.id("grid-count")).getText()).isEqualTo("95 grids");
            Point inside = grids.find("320509104200001", DataScope.all()).orElseThrow().polygon().getInteriorPoint();
            click(browser, inside.getY(), inside.getX());
            WebElement details = browser.find(By.id("grid-details"));
            browser.waitFor(d -> "320509104200001".equals(details.getAttribute("data-code")));
            assertThat(details.getText()).containsIgnoringCase("comprehensive grid").contains("km²", "320509104200001");

            Map<?, ?> sheet = (Map<?, ?>) browser.script("""
                    const r = document.getElementById('grid-panel').getBoundingClientRect();
                    return {left: r.left, right: r.right, bottom: r.bottom, top: r.top, width: innerWidth, height: innerHeight};""");
            assertThat(((Number) sheet.get("width")).intValue()).isEqualTo(390);
            assertThat(((Number) sheet.get("left")).doubleValue()).isZero();
            assertThat(((Number) sheet.get("right")).doubleValue()).isEqualTo(390.0);
            // the shell's top bar is 3 px shorter than the height it reserves, hence "close to" the bottom
            assertThat(((Number) sheet.get("bottom")).doubleValue()).isCloseTo(((Number) sheet.get("height")).doubleValue(), within(4.0));
            assertThat(((Number) sheet.get("top")).doubleValue()).isGreaterThan(((Number) sheet.get("height")).doubleValue() / 2);
            browser.screenshot("grid-map-phone");
        }
    }

    @Test
    void thePageSpeaksChineseByDefaultAndEnglishOnRequestWithoutATileLayer() {
        String zh = http.getForObject("/grids/map", String.class);
        assertThat(zh).contains("<title>网格地图 · 数治</title>", "&quot;type.COMPREHENSIVE&quot;:&quot;综合网格&quot;",
                "/dist/leaflet.js\"", "/js/grid-map.js").doesNotContain("data-tile-url=\"h");
        String en = http.getForObject("/grids/map?lang=en", String.class);
        assertThat(en).contains("<title>Grid map · Shuzhi</title>", "&quot;outside&quot;:&quot;This point lies outside every grid.&quot;");
        assertThat(http.getForEntity("/grids/map?region=32x", String.class).getStatusCode().value()).isEqualTo(400);
        assertThat(http.getForEntity("/webjars/leaflet/dist/leaflet.js", String.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(http.getForEntity("/webjars/leaflet/dist/leaflet.css", String.class).getStatusCode().is2xxSuccessful()).isTrue();
    }

    private Map<?, ?> locate(double lat, double lng) {
        return http.getForObject("/api/grids/locate?lat={lat}&lng={lng}", Map.class, lat, lng);
    }

    private static long count(Browser browser, String selector) {
        return ((Number) browser.script("return document.querySelectorAll(arguments[0]).length", selector)).longValue();
    }

    /** Clicks the map where the given coordinate is drawn. */
    private static void click(Browser browser, double lat, double lng) {
        WebElement map = browser.find(By.id("grid-map"));
        Map<?, ?> at = (Map<?, ?>) browser.script("""
                const p = window.shuzhiGridMap.map.latLngToContainerPoint([arguments[0], arguments[1]]);
                return {x: p.x, y: p.y};""", lat, lng);
        int x = (int) Math.round(((Number) at.get("x")).doubleValue() - map.getSize().getWidth() / 2.0);
        int y = (int) Math.round(((Number) at.get("y")).doubleValue() - map.getSize().getHeight() / 2.0);
        new Actions(browser.driver()).moveToElement(map, x, y).click().perform();
    }
}
