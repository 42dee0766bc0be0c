package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

/**
 * The personal fields of accounts in the API: masked unless the caller holds the permission for their class — a
 * reviewer (USER_READ, no PERSONAL_VIEW) sees both masked, a department admin (PERSONAL_VIEW_GENERAL) the mobile
 * number but not the ID number, a platform admin both, and that unmasked view is audited.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonalFieldsApiTest {

    private static final String MOBILE = "13905126655";
    private static final String ID_NUMBER = "32050919900307126X";
    private static final String USER = "/api/identity/users/t.api.cg.person";

    @Autowired
    IdentityFixture fixture;
    @Autowired
    Http http;

    @BeforeAll
    void person() {
        fixture.createUser("t.api.cg.person", "320509", "320509-cg", "department_handler");
        http.send("wj.admin", HttpMethod.PUT, USER, Map.of("mobile", MOBILE, "idNumber", ID_NUMBER));
    }

    @Test
    void aCallerWithoutPersonalViewSeesBothMasked() {
        Http.Response answer = http.get("wj.reviewer", USER);
        JsonNode user = answer.json();
        assertThat(user.get("mobile").asText()).isEqualTo("139****6655");
        assertThat(user.get("idNumber").asText()).isEqualTo("320***********126X");
        assertThat(answer.body()).doesNotContain(MOBILE, ID_NUMBER);
    }

    @Test
    void generalPersonalViewUnmasksTheMobileNumberButNotTheIdNumber() {
        JsonNode user = http.get("wj.cg.admin", USER).json();
        assertThat(user.get("mobile").asText()).isEqualTo(MOBILE);
        assertThat(user.get("idNumber").asText()).isEqualTo("320***********126X");
    }

    @Test
    void sensitivePersonalViewUnmasksBothAndIsAudited() {
        JsonNode user = http.get("wj.admin", USER).json();
        assertThat(user.get("mobile").asText()).isEqualTo(MOBILE);
        assertThat(user.get("idNumber").asText()).isEqualTo(ID_NUMBER);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                fixture.auditOutcomes("personal.unmasked", "GET " + USER)).containsKey("SUCCESS"));
    }

    @Test
    void noListOfAccountsShowsAnUnprivilegedCallerAValidIdOrMobileNumber() {
        Http.Response page = http.get("wj.reviewer", "/api/identity/users?size=200");
        assertThat(page.json().get("total").asInt()).isGreaterThan(10);
        assertThat(page.body()).as("the demo accounts have personal fields").contains("\"mobile\":\"139****");
        Matcher ids = ResidentIdNumber.CANDIDATE.matcher(page.body());
        while (ids.find()) {
            assertThat(ResidentIdNumber.isValid(ids.group())).as(ids.group()).isFalse();
        }
        Matcher mobiles = MobileNumber.CANDIDATE.matcher(page.body());
        assertThat(mobiles.find()).as("no unmasked mobile number").isFalse();
    }
}
