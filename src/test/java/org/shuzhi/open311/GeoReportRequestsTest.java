package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.open311.GeoReportServicesTest.assertFormat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.event.EventQuery;
import org.shuzhi.event.EventState;
import org.shuzhi.event.EventView;
import org.shuzhi.event.Events;
import org.shuzhi.event.Urgency;
import org.shuzhi.open311.Open311Client.Answer;
import org.shuzhi.open311.Open311Client.Item;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;

/**
 * GeoReport v2 conformance, part 2: POST requests, GET requests with every filter, GET a request and tokens, in
 * both formats — and what a report becomes in the event centre.
 */
@IntegrationTest
class GeoReportRequestsTest extends GeoReportConformance {

    private static final String W3C = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\+08:00";

    @Autowired
    Events events;
    @Autowired
    TestRestTemplate signedIn;

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aReportBecomesAnOpenRequest(String format) {
        Answer created = client.post("requests." + format, fixture.report("description", "摊贩占道 <b>&amp;</b>"));
        assertFormat(created, format, 201);
        if (created.isXml()) {
            assertThat(created.rootName()).isEqualTo("service_requests");
        }
        List<Item> receipt = created.items("request");
        assertThat(receipt).hasSize(1);
        String id = receipt.get(0).text("service_request_id");
        assertThat(id).matches("[0-9]+");
        assertThat(receipt.get(0).text("service_notice")).isNotBlank();
        assertThat(receipt.get(0).text("account_id")).isEmpty();

        Answer read = client.get("requests/" + id + "." + format);
        assertFormat(read, format, 200);
        List<Item> requests = read.items("request");
        assertThat(requests).hasSize(1);
        Item request = requests.get(0);
        assertThat(request.text("service_request_id")).isEqualTo(id);
        assertThat(request.text("status")).isEqualTo("open");
        assertThat(request.text("service_code")).isEqualTo("040101");
        assertThat(request.text("service_name")).isEqualTo("占道经营");
        assertThat(request.text("description")).isEqualTo("摊贩占道 <b>&amp;</b>");
        assertThat(request.text("requested_datetime")).matches(W3C);
        assertThat(request.text("updated_datetime")).isEqualTo(request.text("requested_datetime"));
        assertThat(request.text("expected_datetime")).isEmpty();
        assertThat(request.text("agency_responsible")).isEmpty();
        assertThat(request.text("service_notice")).isNotBlank();
        assertThat(Double.parseDouble(request.text("lat"))).isBetween(30.0, 32.0);
        assertThat(Double.parseDouble(request.text("long"))).isBetween(120.0, 121.5);
        assertThat(request.text("address")).startsWith("平望镇西塘街").doesNotContain("18");
        for (String empty : List.of("address_id", "zipcode", "media_url", "status_notes")) {
            assertThat(request.text(empty)).as(empty).isEmpty();
        }

        EventView event = events.find(Long.parseLong(id), DataScope.all()).orElseThrow();
        assertThat(event.source().name()).isEqualTo("OPEN311");
        assertThat(event.gridCode()).isEqualTo(Open311Fixture.GRID);
        assertThat(event.reporterAccount()).isEqualTo("wj.api");
        JsonNode timeline = signedIn.getForObject("/api/events/" + id + "/timeline", JsonNode.class);
        assertThat(timeline.get(0).path("actor").asText()).isEqualTo("wj.api");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void theSameKeyTwiceIsOneRequestAndItsToken(String format) {
        String key = UUID.randomUUID().toString();
        Map<String, String> report = fixture.report("attribute[idempotency_key]", key);
        String first = client.post("requests." + format, report).items("request").get(0).text("service_request_id");
        Answer again = client.post("requests." + format, report);
        assertFormat(again, format, 200);
        assertThat(again.items("request").get(0).text("service_request_id")).isEqualTo(first);

        Answer token = client.get("tokens/" + key + "." + format);
        assertFormat(token, format, 200);
        Item resolved = token.items("request").get(0);
        assertThat(resolved.text("service_request_id")).isEqualTo(first);
        assertThat(resolved.text("token")).isEqualTo(key);

        HttpHeaders header = new HttpHeaders();
        String headerKey = UUID.randomUUID().toString();
        header.set("Idempotency-Key", headerKey);
        Map<String, String> unkeyed = fixture.report("attribute[idempotency_key]", null);
        String byHeader = client.post("requests." + format, unkeyed, header).items("request").get(0)
                .text("service_request_id");
        assertThat(client.post("requests." + format, unkeyed, header).items("request").get(0)
                .text("service_request_id")).isEqualTo(byHeader);
        assertThat(client.get("tokens/" + headerKey + "." + format).items("request").get(0)
                .text("service_request_id")).isEqualTo(byHeader);
    }

    @Test
    void reporterDetailsUrgencyAndAddressOnlyReportsReachTheEventCentre() {
        Map<String, String> report = fixture.report("first_name", "五", "last_name", "王", "phone",
                "+86 139 1234 5678", "email", "wang@example.com", "attribute[urgency]", "URGENT");
        long id = Long.parseLong(client.post("requests.json", report).items("request").get(0)
                .text("service_request_id"));
        EventView event = events.find(id, DataScope.all()).orElseThrow();
        assertThat(event.reporterName()).isEqualTo("王五");
        assertThat(event.reporterPhone()).isEqualTo("13912345678");
        assertThat(event.urgency()).isEqualTo(Urgency.URGENT);
        assertThat(event.title()).isEqualTo("占道经营");

        Map<String, String> addressOnly = fixture.report("lat", null, "long", null, "address_string", null,
                "address_id", "A-1024", "description", null, "jurisdiction_id", "320509104");
        Answer created = client.post("requests.json", addressOnly);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        EventView filed = events.find(Long.parseLong(created.items("request").get(0).text("service_request_id")),
                DataScope.all()).orElseThrow();
        assertThat(filed.regionCode()).isEqualTo("320509104");
        assertThat(filed.address()).isEqualTo("A-1024");
        assertThat(filed.description()).isEqualTo("占道经营");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void requestsAreFilteredAsTheSpecSays(String format) {
        String id = client.post("requests." + format, fixture.report()).items("request").get(0)
                .text("service_request_id");
        EventView closed = demo(EventState.CLOSED);
        String ids = id + "," + closed.id();

        assertThat(ids(client.get("requests." + format), format)).contains(id, "" + closed.id());
        assertThat(ids(client.get("requests." + format + "?status=open"), format)).contains(id)
                .doesNotContain("" + closed.id());
        assertThat(ids(client.get("requests." + format + "?status=closed"), format)).contains("" + closed.id())
                .doesNotContain(id);
        assertThat(ids(client.get("requests." + format + "?status=open,closed"), format))
                .contains(id, "" + closed.id());
        assertThat(ids(client.get("requests." + format + "?service_code=040101,010101"), format)).contains(id);
        assertThat(ids(client.get("requests." + format + "?service_code=010101"), format)).doesNotContain(id);
        assertThat(ids(client.get("requests." + format + "?service_request_id=" + ids + "&status=closed"), format))
                .as("service_request_id overrides the other parameters")
                .containsExactlyInAnyOrder(id, "" + closed.id());
        String now = OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes(1).withNano(0).toString();
        String lastWeek = OffsetDateTime.now(ZoneOffset.UTC).minusDays(7).withNano(0).toString();
        assertThat(ids(client.get("requests." + format + "?start_date=" + lastWeek), format)).contains(id);
        assertThat(ids(client.get("requests." + format + "?end_date=" + now), format))
                .as("an end_date given alone, its + unencoded").contains("" + closed.id());
        assertThat(ids(client.get("requests." + format + "?start_date=2020-01-01T00:00:00Z&end_date="
                + "2020-03-01T00:00:00Z"), format)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void statusesNotesDeadlinesAndAgenciesFollowTheEvent(String format) {
        for (EventState state : List.of(EventState.CLOSED, EventState.REJECTED)) {
            EventView event = demo(state);
            Item request = client.get("requests/" + event.id() + "." + format).items("request").get(0);
            assertThat(request.text("status")).as(state.name()).isEqualTo("closed");
            assertThat(request.text("status_notes")).isEqualTo("演示数据");
            assertThat(request.text("updated_datetime")).isGreaterThanOrEqualTo(request.text("requested_datetime"));
        }
        EventView dispatched = demo(EventState.DISPATCHED);
        Item request = client.get("requests/" + dispatched.id() + "." + format).items("request").get(0);
        assertThat(request.text("status")).isEqualTo("open");
        assertThat(request.text("agency_responsible")).isEqualTo("320509104-cg");
        assertThat(request.text("expected_datetime")).matches(W3C);
        assertThat(request.text("status_notes")).isEqualTo("演示：派至镇综合执法局");
    }

    /** A demo event in {@code state}: other tests of the shared context add events of their own, newest first. */
    private EventView demo(EventState state) {
        return events.list(new EventQuery(Set.of(), Set.of(), Set.of(state), Set.of(), null, null, 2000),
                DataScope.of("320509104")).stream().filter(e -> e.description().endsWith("（演示数据）"))
                .findFirst().orElseThrow();
    }

    private static List<String> ids(Answer answer, String format) {
        assertFormat(answer, format, 200);
        return answer.items("request").stream().map(r -> r.text("service_request_id")).toList();
    }
}
