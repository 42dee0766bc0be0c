package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shuzhi.grid.Grids;
import org.shuzhi.support.Browser;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The statistics page in zh and en: every message key resolved, the KPI cards showing the API's totals under their
 * stable ids, handling departments by name with their code, refused without {@code STATS_READ}; in a browser, the
 * charts and the heat map are drawn, on a phone too.
 */
@IntegrationTest
class StatisticsPageTest {

    private static final Pattern KPI = Pattern.compile("id=\"kpi-([a-z-]+)\"[^>]*>([^<]*)<");
    /** A row of the department table: the code as the row's key and the name cell's title, the name, reported. */
    private static final Pattern DEPARTMENT_ROW = Pattern.compile(
            "<tr data-department=\"([^\"]+)\">\\s*<td title=\"\\1\">([^<]*)</td>\\s*<td>([0-9]+)</td>");

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

    @Test
    void rendersInBothLanguagesWithTheApisTotals() {
        JsonNode totals = http.exchange("/api/events/statistics", HttpMethod.GET, tokens.request("wj.dispatcher"),
                JsonNode.class).getBody().path("totals");
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String html = page("wj.dispatcher", "/events/statistics", locale);
            assertThat(html).doesNotContain("??").contains("id=\"chart-trend\"", "id=\"heat-map\"");
            assertThat(html).contains(locale == Locale.ENGLISH ? "Event statistics" : "事件统计");
            Matcher kpi = KPI.matcher(html);
            int found = 0;
            while (kpi.find()) {
                String name = kpi.group(1);
                if (List.of("reported", "accepted", "rejected", "handled", "closed", "overdue").contains(name)) {
                    assertThat(kpi.group(2).strip()).as(name).isEqualTo(totals.path(name).asText());
                    found++;
                }
            }
            assertThat(found).isEqualTo(6);
        }
        String en = page("wj.dispatcher", "/events/statistics?lang=en&from=2021-03-01&to=2021-03-03", Locale.ENGLISH);
        assertThat(en).contains("Hours per stage", "value=\"2021-03-01\"");
    }

    @Test
    void departmentsAreListedByNameWithTheirCode() {
        // an event handled by 平望镇's enforcement team on 1 June 2021, a day no other test uses
        StatisticsFixture fixture = new StatisticsFixture(http, tokens, grids, jdbc);
        long id = fixture.report("xt.inspector", "040101");
        fixture.bringTo(id, "HANDLED");
        fixture.restamp(id, "2021-06-01T01:00:00Z", "2021-06-01T02:00:00Z", "2021-06-01T03:00:00Z",
                "2021-06-01T05:00:00Z", null, "2021-06-02T01:00:00Z", false, 0);
        for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
            String html = page("wj.dispatcher", "/events/statistics?from=2021-06-01&to=2021-06-01", locale);
            assertThat(html).doesNotContain("??").contains("id=\"chart-department\"", "id=\"department-table\"",
                    locale == Locale.ENGLISH ? "Handling departments" : "承办部门");
            Matcher row = DEPARTMENT_ROW.matcher(html);
            assertThat(row.find()).as("the row of 320509104-cg").isTrue();
            assertThat(row.group(1)).isEqualTo("320509104-cg");
            assertThat(row.group(2)).isEqualTo("平望镇综合行政执法局");
            assertThat(row.group(3)).as("reported").isEqualTo("1");
            assertThat(row.find()).as("one department that day").isFalse();
            // the chart's figures carry the name too
            assertThat(html).contains("&quot;name&quot;:&quot;平望镇综合行政执法局&quot;");
        }
    }

    @Test
    void needsThePermission() {
        HttpHeaders headers = tokens.as("xt.inspector");
        ResponseEntity<String> answer = http.exchange("/events/statistics", HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void chartsAndHeatMapAreDrawnInABrowser() {
        assumeTrue(Files.isExecutable(Path.of(System.getProperty("shuzhi.chromedriver", "/usr/bin/chromedriver"))),
                "needs Chromium and chromedriver");
        for (int[] size : new int[][] {{1280, 900}, {390, 844}}) {
            try (Browser browser = Browser.open(port, size[0], size[1]).signIn("pw.dispatcher", "Shuzhi@Demo2026")) {
                browser.get("/events/statistics?lang=zh-CN");
                for (String chart : List.of("chart-trend", "chart-rates", "chart-category", "chart-region",
                        "chart-department")) {
                    WebElement node = browser.find(By.id(chart));
                    browser.waitFor(d -> "true".equals(node.getAttribute("data-rendered")));
                    assertThat(node.findElements(By.cssSelector("svg"))).as(chart).isNotEmpty();
                }
                WebElement heat = browser.find(By.id("heat-map"));
                browser.waitFor(d -> heat.getAttribute("data-cells") != null);
                // the demo events of 平望镇 lie in its grids
                assertThat(Integer.parseInt(heat.getAttribute("data-cells"))).isPositive();
                assertThat(heat.findElements(By.cssSelector("path.heat-cell"))).isNotEmpty();
                assertThat(browser.find(By.id("kpi-reported")).getText()).matches("[0-9]+");
                browser.screenshot("event-statistics-" + size[0]);
            }
        }
    }

    private String page(String username, String path, Locale locale) {
        HttpHeaders headers = tokens.as(username);
        headers.setAcceptLanguageAsLocales(List.of(locale));
        ResponseEntity<String> answer = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }
}
