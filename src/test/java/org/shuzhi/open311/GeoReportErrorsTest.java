package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shuzhi.open311.GeoReportServicesTest.assertFormat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shuzhi.open311.Open311Client.Answer;
import org.shuzhi.open311.Open311Client.Item;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

/**
 * GeoReport v2 conformance, part 3: every error case of the spec, in both formats — the status the spec assigns
 * (400, 403, 404) and the body {@code [{code, description}]} / {@code <errors><error><code/><description/>} — and
 * that a refused report leaves nothing behind.
 */
@IntegrationTest
class GeoReportErrorsTest extends GeoReportConformance {

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void aReportIsRefusedAsTheSpecSays(String format) {
        refused(format, 403, "api_key", "api_key", null);
        refused(format, 403, "api_key", "api_key", "sz_not-a-token");
        refused(format, 403, "api_key", "api_key", fixture.key("wj.analyst"));
        refused(format, 403, "320509", "api_key", fixture.key("xt.inspector"));
        refused(format, 400, "service_code", "service_code", null);
        refused(format, 404, "999999", "service_code", "999999");
        refused(format, 404, "0401", "service_code", "0401");
        refused(format, 404, "999999", "jurisdiction_id", "999999");
        refused(format, 404, "x1", "jurisdiction_id", "x1");
        refused(format, 400, "lat", "lat", null, "long", null, "address_string", null);
        refused(format, 400, "lat", "long", null);
        refused(format, 400, "lat", "lat", "north");
        refused(format, 400, "urgency", "attribute[urgency]", "CRITICAL");
        refused(format, 400, "description", "description", "长".repeat(4001));
        refused(format, 400, "phone", "phone", "12345");
        refused(format, 400, "address_string", "lat", "36.06", "long", "103.83", "address_string", null);
        refused(format, 400, "jurisdiction_id", "jurisdiction_id", "320509001");
        refused(format, 400, "jurisdiction_id", "jurisdiction_id", "32", "lat", null, "long", null, "api_key",
                fixture.key("js.admin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "xml"})
    void readsAreRefusedAsTheSpecSays(String format) {
        error(client.get("services." + format + "?jurisdiction_id=999999"), format, 404, "999999");
        error(client.get("services/040101." + format + "?jurisdiction_id=999999"), format, 404, "999999");
        error(client.get("services/999999." + format), format, 404, "999999");
        error(client.get("requests." + format + "?jurisdiction_id=999999"), format, 404, "999999");
        error(client.get("requests/1." + format + "?jurisdiction_id=999999"), format, 404, "999999");
        error(client.get("tokens/abc." + format + "?jurisdiction_id=999999"), format, 404, "999999");
        error(client.get("requests/999999999." + format), format, 404, "999999999");
        error(client.get("requests/abc." + format), format, 404, "abc");
        error(client.get("tokens/" + UUID.randomUUID() + "." + format), format, 404, "token");
        error(client.get("requests." + format + "?service_request_id=1,x"), format, 400, "x");
        error(client.get("requests." + format + "?start_date=yesterday"), format, 400, "start_date");
        error(client.get("requests." + format + "?end_date=2026-13-01T00:00:00Z"), format, 400, "end_date");
        error(client.get("requests." + format + "?start_date=2026-01-01T00:00:00"), format, 400, "start_date");
        error(client.get("requests." + format + "?start_date=2026-02-01T00:00:00Z&end_date=2026-01-01T00:00:00Z"),
                format, 400, "end_date");
        error(client.get("requests." + format + "?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z"),
                format, 400, "90");
        error(client.get("requests." + format + "?status=pending"), format, 400, "pending");
    }

    @Test
    void anUnsupportedFormatIsRefusedInXml() {
        for (Answer answer : List.of(client.get("discovery.csv"), client.get("services.html"),
                client.get("services/040101.yaml"), client.get("requests.txt"), client.get("requests/1.csv"),
                client.get("tokens/abc.csv"), client.post("requests.csv", fixture.report()))) {
            error(answer, "xml", 400, "json");
        }
    }

    @Test
    void errorsSpeakTheCallersLanguage() {
        HttpHeaders english = new HttpHeaders();
        english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
        assertThat(client.get("services/999999.json", english).items("error").get(0).text("description"))
                .isEqualTo("service_code 999999 was not found.");
        assertThat(client.get("services/999999.json").items("error").get(0).text("description"))
                .isEqualTo("service_code 999999 不存在。");
    }

    /** A report with these parameters changed is refused with {@code status}, and nothing is stored. */
    private void refused(String format, int status, String mentioned, String... changes) {
        Map<String, String> report = fixture.report(changes);
        Answer answer = client.post("requests." + format, report);
        error(answer, format, status, mentioned);
        String key = report.get("attribute[idempotency_key]");
        assertThat(client.get("tokens/" + key + ".json").status()).as("stored despite %s", answer.body())
                .isEqualTo(404);
    }

    private static void error(Answer answer, String format, int status, String mentioned) {
        assertFormat(answer, format, status);
        if (answer.isXml()) {
            assertThat(answer.rootName()).isEqualTo("errors");
        }
        List<Item> errors = answer.items("error");
        assertThat(errors).as(answer.body()).hasSize(1);
        assertThat(errors.get(0).text("code")).isEqualTo(Integer.toString(status));
        assertThat(errors.get(0).text("description")).contains(mentioned);
    }
}
