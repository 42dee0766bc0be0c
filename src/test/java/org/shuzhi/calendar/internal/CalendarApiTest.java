package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.SignedInClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code /api/calendar} over real HTTP on the started platform: the bundled years are there, an unknown year says
 * so, an upload replaces a year and the in-memory calendar computes with it at once, a bad upload is a 400 naming
 * its line or entry and changes nothing, only province-level holders of the permission may change it, and every
 * change and refusal is audited. Each test uses a year of its own: the context is shared.
 */
@IntegrationTest
class CalendarApiTest {

    static final String NATIONAL_DAY_2030 = """
            # a deployment's own year
            date,kind,name,name_en
            2030-09-29,WORKDAY,国庆节,National Day
            2030-10-01,HOLIDAY,国庆节,National Day
            2030-10-02,HOLIDAY,国庆节,National Day
            2030-10-03,HOLIDAY,国庆节,National Day
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Authenticator authenticator;

    @Autowired
    ApiTokens tokens;

    @Test
    void theBundledYearsAreStoredAtStartUp() {
        JsonNode year = get("/api/calendar/2026").getBody();
        assertThat(year.path("known").asBoolean()).isTrue();
        assertThat(year.path("origin").asText()).isEqualTo("BUNDLED");
        assertThat(year.path("source").asText()).isEqualTo("classpath:calendar/cn-holidays-2026.csv");
        assertThat(year.path("workingDays").asInt()).isEqualTo(248);
        assertThat(year.path("zone").asText()).isEqualTo("Asia/Shanghai");
        assertThat(year.path("officeHours").asText()).isEqualTo("09:00-12:00,13:30-17:30");
        assertThat(year.path("days").findValuesAsText("date")).hasSize(39).contains("2026-02-14", "2026-02-23");
        assertThat(year.path("days").get(0).toString()).isEqualTo("{\"date\":\"2026-01-01\",\"kind\":\"HOLIDAY\","
                + "\"name\":\"元旦\",\"nameEn\":\"New Year's Day\"}");
        assertThat(get("/api/calendar/2025").getBody().path("workingDays").asInt()).isEqualTo(248);
    }

    @Test
    void aYearWithoutDataCountsWeekendsOnlyAndSaysSo() {
        JsonNode year = get("/api/calendar/2039").getBody();
        assertThat(year.path("known").asBoolean()).isFalse();
        assertThat(year.path("days").size()).isZero();
        assertThat(year.path("origin").isNull()).isTrue();
        assertThat(year.path("workingDays").asInt()).isEqualTo(260); // 2039 begins on a Saturday

        ResponseEntity<JsonNode> outOfRange = get("/api/calendar/1999");
        assertThat(outOfRange.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(outOfRange.getBody().path("code").asText()).isEqualTo("calendar.year.out-of-range");
    }

    @Test
    void anUploadReplacesTheYearAndTheCalendarComputesWithItAtOnce() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isTrue();
        ResponseEntity<JsonNode> response = put("/api/calendar/2030", NATIONAL_DAY_2030, "text/csv", null);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody().path("known").asBoolean()).isTrue();
        assertThat(response.getBody().path("origin").asText()).isEqualTo("UPLOADED");
        assertThat(response.getBody().path("updatedBy").asText()).isEqualTo(SignedInClient.USERNAME);

        assertThat(calendar.isKnown(2030)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 9, 29))).isTrue(); // a Sunday
        assertThat(audited("calendar:2030", "SUCCESS")).isEqualTo(1);

        // the CSV download goes back up unchanged
        HttpHeaders accept = new HttpHeaders();
        accept.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> csv = http.exchange("/api/calendar/2030", HttpMethod.GET, new HttpEntity<>(accept),
                String.class);
        assertThat(csv.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.getBody()).contains("2030-10-01,HOLIDAY,国庆节,National Day");
        String checksum = checksum(2030);
        assertThat(put("/api/calendar/2030", csv.getBody(), "text/csv", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(checksum(2030)).isEqualTo(checksum);
    }

    @Test
    void aBadCsvIsA400NamingTheLineAndWritesNothing() {
        put("/api/calendar/2034", NATIONAL_DAY_2030.replace("2030-", "2034-").replace("2034-09-29", "2034-09-30"),
                "text/csv", null);
        JsonNode before = get("/api/calendar/2034").getBody();
        String bad = "date,kind,name\n2034-01-01,HOLIDAY,元旦\n\n2034-02-30,HOLIDAY,春节\n";

        ResponseEntity<JsonNode> zh = put("/api/calendar/2034", bad, "text/csv", "zh-CN");
        assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(zh.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(zh.getBody().path("code").asText()).isEqualTo("calendar.import.bad-date");
        assertThat(zh.getBody().path("line").asInt()).isEqualTo(4);
        assertThat(zh.getBody().path("detail").asText()).isEqualTo("第 4 行：“2034-02-30”不是有效日期，应为 YYYY-MM-DD。");
        ResponseEntity<JsonNode> en = put("/api/calendar/2034", bad, "text/csv", "en");
        assertThat(en.getBody().path("detail").asText())
                .isEqualTo("line 4: \"2034-02-30\" is not a valid date; use YYYY-MM-DD.");
        ResponseEntity<JsonNode> weekday = put("/api/calendar/2034",
                "date,kind,name\n2034-01-02,WORKDAY,元旦\n", "text/csv", "zh-CN");
        assertThat(weekday.getBody().path("detail").asText())
                .isEqualTo("第 2 行：2034-01-02 是周一，调休上班日（WORKDAY）只能是周六或周日。");

        assertThat(get("/api/calendar/2034").getBody()).isEqualTo(before);
        assertThat(calendar.isWorkingDay(LocalDate.of(2034, 10, 2))).isFalse();
        // a year that did not exist stays unknown
        assertThat(put("/api/calendar/2033", bad.replace("2034", "2033"), "text/csv", null).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(get("/api/calendar/2033").getBody().path("known").asBoolean()).isFalse();
    }

    @Test
    void jsonUploadsNameTheBadEntry() {
        String good = "{\"days\": [{\"date\": \"2035-01-01\", \"kind\": \"HOLIDAY\", \"name\": \"元旦\"},"
                + " {\"date\": \"2035-01-06\", \"kind\": \"班\", \"name\": \"元旦\"}]}";
        ResponseEntity<JsonNode> stored = put("/api/calendar/2035", good, "application/json", null);
        assertThat(stored.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(stored.getBody().path("days").findValuesAsText("kind")).containsExactly("HOLIDAY", "WORKDAY");

        ResponseEntity<JsonNode> bad = put("/api/calendar/2035", good.replace("\"班\"", "\"OFF\""),
                "application/json", "en");
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody().path("entry").asInt()).isEqualTo(1);
        assertThat(bad.getBody().path("detail").asText()).startsWith("days[1]: kind \"OFF\" is not valid");
        assertThat(put("/api/calendar/2035", "{\"year\": 2036, \"days\": []}", "application/json", null)
                .getBody().path("code").asText()).isEqualTo("calendar.import.year-mismatch");
        assertThat(calendar.isWorkingDay(LocalDate.of(2035, 1, 6))).isTrue();
    }

    @Test
    void onlyProvinceLevelHoldersOfThePermissionMayChangeIt() {
        // a dispatcher lacks the permission; a township administrator holds it but for one township only
        for (String user : List.of("wj.dispatcher", "pw.admin")) {
            HttpHeaders headers = new HttpHeaders();
            headers.setBearerAuth(token(user));
            headers.setContentType(MediaType.parseMediaType("text/csv"));
            ResponseEntity<JsonNode> refused = http.exchange("/api/calendar/2032", HttpMethod.PUT,
                    new HttpEntity<>(NATIONAL_DAY_2030.replace("2030-", "2032-").replace("09-29", "09-26"), headers),
                    JsonNode.class);
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody().path("code").asText()).isEqualTo(
                    user.equals("pw.admin") ? "calendar.forbidden-scope" : "calendar.forbidden");
            // reading is open to everyone signed in
            assertThat(http.exchange("/api/calendar/2032", HttpMethod.GET, new HttpEntity<>(headers(token(user))),
                    JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        assertThat(calendar.isKnown(2032)).isFalse();
        assertThat(audited("calendar:2032", "DENIED")).isEqualTo(2);
    }

    @Test
    void deadlinesCanBeComputedOverHttp() {
        JsonNode deadline = get("/api/calendar/deadline?start=2026-02-13T20:00:00%2B08:00&amount=1&unit=WORKING_DAYS")
                .getBody();
        assertThat(deadline.path("due").asText()).isEqualTo("2026-02-14T17:30:00+08:00");
        assertThat(deadline.path("known").asBoolean()).isTrue();
        assertThat(deadline.path("limit").path("unit").asText()).isEqualTo("WORKING_DAYS");
        // 18:00 on Friday 30 December 2039 in Shanghai: counting starts on Monday 2 January 2040
        JsonNode unknown = get("/api/calendar/deadline?start=2039-12-30T10:00:00Z&amount=2&unit=WORKING_HOURS")
                .getBody();
        assertThat(unknown.path("due").asText()).isEqualTo("2040-01-02T11:00:00+08:00");
        assertThat(unknown.path("known").asBoolean()).isFalse();
        assertThat(get("/api/calendar/deadline?amount=-1&unit=HOURS").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private ResponseEntity<JsonNode> get(String path) {
        // a URI, so that an encoded + stays encoded once
        return http.getForEntity(URI.create(path), JsonNode.class);
    }

    private ResponseEntity<JsonNode> put(String path, String body, String contentType, String language) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.parseMediaType(contentType));
        if (language != null) {
            headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
        }
        return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(body, headers), JsonNode.class);
    }

    private long audited(String target, String outcome) {
        return jdbc.sql("select count(*) from audit.record where action = 'calendar.replace' and target = :target"
                + " and outcome = :outcome").param("target", target).param("outcome", outcome)
                .query(Long.class).single();
    }

    private String checksum(int year) {
        return jdbc.sql("select checksum from calendar.year where year = :year").param("year", year)
                .query(String.class).single();
    }

    private String token(String username) {
        LoginResult.Success login = (LoginResult.Success) authenticator.login(username, SignedInClient.PASSWORD,
                "127.0.0.1");
        return tokens.issue(login.caller(), username, "calendar test", Duration.ofHours(1)).token();
    }

    private static HttpHeaders headers(String token) {
        HttpHeaders headers = new HttpHeaders();
        headers.setBearerAuth(token);
        return headers;
    }
}
