package org.shuzhi.open311;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shuzhi.event.EventIntake;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.NewEvent;
import org.shuzhi.open311.Open311Client.Answer;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GeoReport v2 conformance, part 4: what the public may see. Personal data is never shown in clear — not to
 * anonymous clients and not to a signed-in administrator allowed to see it elsewhere; a jurisdiction shows only
 * its own subtree's requests; 12345 hotline tickets are not public.
 */
@IntegrationTest
class GeoReportPrivacyTest extends GeoReportConformance {

    /** A valid mobile number and resident ID (GB 11643 check digit) inside a description. */
    private static final String MOBILE = "13800138000";
    private static final String RESIDENT_ID = "11010519491231002X";

    @Autowired
    EventIntake intake;

    @Test
    void personalDataIsNeverShownInClear() {
        Map<String, String> report = fixture.report("description", "摊主电话 " + MOBILE + "，身份证 " + RESIDENT_ID,
                "first_name", "五", "last_name", "王", "phone", "13912345678", "email", "wang@example.com",
                "device_id", "device-4711", "account_id", "acct-4711");
        String id = client.post("requests.json", report).items("request").get(0).text("service_request_id");
        List<String> secrets = List.of(MOBILE, RESIDENT_ID, "13912345678", "王五", "wang@example.com",
                "device-4711", "acct-4711", "西塘街 18 号");

        for (String format : List.of("json", "xml")) {
            List<Answer> answers = List.of(client.get("requests/" + id + "." + format),
                    client.get("requests." + format), client.get("requests." + format + "?service_request_id=" + id),
                    client.get("requests/" + id + "." + format, tokens.as("js.admin")),
                    client.get("requests." + format, tokens.as("js.admin")));
            for (Answer answer : answers) {
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.body()).contains(id).doesNotContain(secrets);
            }
            String description = client.get("requests/" + id + "." + format).items("request").get(0)
                    .text("description");
            assertThat(description).startsWith("摊主电话 138").contains("身份证 110");
        }
    }

    @Test
    void aJurisdictionShowsOnlyItsOwnSubtree() {
        String id = client.post("requests.json", fixture.report()).items("request").get(0).text("service_request_id");
        for (String inside : List.of("320509", "320509104", "3205", "32")) {
            assertThat(client.get("requests/" + id + ".json?jurisdiction_id=" + inside).status()).as(inside)
                    .isEqualTo(200);
            assertThat(client.get("requests.json?jurisdiction_id=" + inside).body()).as(inside).contains(id);
        }
        for (String outside : List.of("320509001", "62")) {
            assertThat(client.get("requests/" + id + ".json?jurisdiction_id=" + outside).status()).as(outside)
                    .isEqualTo(404);
            assertThat(client.get("requests.json?jurisdiction_id=" + outside + "&service_request_id=" + id).body())
                    .as(outside).isEqualTo("[]");
        }

        long gansu = report(EventSource.PUBLIC_CITIZEN, "620102001");
        assertThat(client.get("requests/" + gansu + ".json").status()).isEqualTo(404);
        assertThat(client.get("requests/" + gansu + ".xml?jurisdiction_id=62").status()).isEqualTo(200);
    }

    @Test
    void hotlineTicketsAreNotPublic() {
        long hotline = report(EventSource.HOTLINE, "320509104");
        long citizen = report(EventSource.PUBLIC_CITIZEN, "320509104");
        assertThat(client.get("requests/" + hotline + ".json").status()).isEqualTo(404);
        assertThat(client.get("requests/" + citizen + ".json").status()).isEqualTo(200);
        assertThat(client.get("requests.json?service_request_id=" + hotline + "," + citizen).items("request"))
                .extracting(r -> r.text("service_request_id")).containsExactly(Long.toString(citizen));
    }

    private long report(EventSource source, String region) {
        return intake.report(new NewEvent(source, UUID.randomUUID().toString(), "030201", "路灯不亮", "路灯不亮",
                null, null, null, "某路口", region, null), DataScope.all()).event().id();
    }
}
