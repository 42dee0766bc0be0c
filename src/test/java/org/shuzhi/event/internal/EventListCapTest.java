package org.shuzhi.event.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The event list counts its total up to {@link EventSearch#COUNT_LIMIT} and then says "more": 10,005 events in a
 * village no demo account sees (东城区, Beijing), written directly and removed afterwards.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventListCapTest {

    static final String VILLAGE = "110101001001";

    @Autowired JdbcClient jdbc;
    @Autowired EventSearch search;
    @Autowired TestRestTemplate http;
    @Autowired DemoTokens tokens;

    @BeforeAll
    void manyEvents() {
        jdbc.sql("""
                insert into event.event (source, category_code, title, description, urgency, region_code, state,
                                         reported_at)
                select 'HOTLINE', '040101', '计数测试', '计数测试', 'NORMAL', :village, 'REPORTED',
                       timestamptz '2019-01-01 00:00+08' + n * interval '1 minute'
                  from generate_series(1, 10005) n""").param("village", VILLAGE).update();
    }

    @AfterAll
    void removeThem() {
        jdbc.sql("delete from event.event where region_code = :village").param("village", VILLAGE).update();
    }

    @Test
    void totalsStopCountingAtTheLimit() {
        EventSearch.Page all = search.search(filter(null, null), 0, 20, DataScope.of("110101"));
        assertThat(all.total()).isEqualTo(EventSearch.COUNT_LIMIT);
        assertThat(all.totalCapped()).isTrue();
        // newest first, the page itself is whole
        assertThat(all.items()).hasSize(20);
        assertThat(all.items().get(0).reportedAt()).isEqualTo(Instant.parse("2018-12-31T16:00:00Z").plusSeconds(60 * 10005));

        // below the limit the total is exact
        EventSearch.Page day = search.search(filter(Instant.parse("2018-12-31T16:00:00Z"),
                Instant.parse("2018-12-31T17:00:00Z")), 0, 20, DataScope.of("110101"));
        assertThat(day.total()).isEqualTo(59);
        assertThat(day.totalCapped()).isFalse();
        assertThat(search.search(filter(null, null), 0, 20, DataScope.of("6201")).items())
                .noneMatch(e -> e.regionCode().equals(VILLAGE));
    }

    @Test
    void theApiSaysWhetherTheTotalIsCapped() {
        JsonNode page = http.exchange("/api/events?size=5", HttpMethod.GET, tokens.request("pw.dispatcher"),
                JsonNode.class).getBody();
        assertThat(page.has("totalCapped")).isTrue();
        assertThat(page.path("totalCapped").asBoolean()).isFalse();
    }

    private static EventSearch.Filter filter(Instant from, Instant to) {
        return new EventSearch.Filter(List.of(), null, null, null, null, null, null, null, from, to);
    }
}
