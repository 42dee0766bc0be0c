package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.support.DemoTokens;
import org.shuzhi.support.Endpoints;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.ScopedRows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * No response of the platform hands an unmasked resident ID number or mobile number to a caller who may not see
 * them. Every read endpoint (found in Spring MVC's handler mapping, so later ones are covered too) is called for
 * the demo data of 吴江区 — lists as they are, paths with the keys of every scoped row there — as a reviewer and an
 * analyst who hold no {@code PERSONAL_VIEW_*}, and every answer (JSON and pages alike) is scanned with the
 * platform's recognisers. The same sweep as the province administrator, who may see them, must find both kinds:
 * otherwise the scan proves nothing.
 */
@IntegrationTest
class PersonalDataExposureTests {

    private static final String REGION = "320509";
    private static final List<String> UNPRIVILEGED = List.of("wj.reviewer", "wj.analyst");
    private static final String PRIVILEGED = "js.admin";

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Test
    void noUnmaskedIdNumberOrMobileReachesACallerWithoutThePermission() {
        Set<String> probes = new ScopedRows(jdbc).keysInside(REGION, 12);
        List<String> paths = new ArrayList<>();
        for (Endpoints endpoint : Endpoints.of(context)) {
            if (endpoint.isRead()) {
                if (endpoint.hasPathVariables()) {
                    probes.forEach(p -> paths.add(endpoint.expand(p)));
                } else {
                    paths.add(endpoint.pattern());
                }
            }
        }
        List<String> leaks = new ArrayList<>();
        for (String username : UNPRIVILEGED) {
            for (String path : paths) {
                found(get(path, username)).forEach(value -> leaks.add(path + " as " + username + ": " + value));
            }
        }
        assertThat(leaks).isEmpty();

        Set<String> seenByPrivileged = new TreeSet<>();
        paths.forEach(path -> seenByPrivileged.addAll(found(get(path, PRIVILEGED))));
        assertThat(seenByPrivileged).as("personal numbers the province administrator may see")
                .anyMatch(ResidentIdNumber::isValid)
                .anyMatch(MobileNumber::isValid);
    }

    /** Valid resident ID numbers and mobile numbers in the text. */
    static Set<String> found(String text) {
        Set<String> values = new TreeSet<>();
        Matcher ids = ResidentIdNumber.CANDIDATE.matcher(text);
        while (ids.find()) {
            if (ResidentIdNumber.isValid(ids.group())) {
                values.add(ids.group());
            }
        }
        Matcher mobiles = MobileNumber.CANDIDATE.matcher(text);
        while (mobiles.find()) {
            if (MobileNumber.isValid(mobiles.group())) {
                values.add(mobiles.group());
            }
        }
        return values;
    }

    private String get(String path, String username) {
        HttpHeaders headers = tokens.as(username);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        ResponseEntity<String> answer = http.exchange(path, org.springframework.http.HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        String body = answer.getBody() == null ? "" : answer.getBody();
        // the request id is a random UUID whose digit runs can look like a mobile number by chance
        String requestId = answer.getHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            body = body.replace(requestId, "");
        }
        // nor is the caller's own path, echoed back: probes include random token hashes (…d14139579134b…)
        String decoded = java.net.URLDecoder.decode(path, java.nio.charset.StandardCharsets.UTF_8);
        String probe = decoded.substring(decoded.lastIndexOf('/') + 1);
        // … also as sent: the client encodes the path once more (a probe's "%5C" goes out as "%255C"), and a request
        // the firewall refuses for it is answered with the path as received
        String sent = http.getRestTemplate().getUriTemplateHandler().expand(path).getRawPath();
        body = body.replace(sent, "").replace(path, "").replace(decoded, "");
        return probe.length() < 11 ? body : body.replace(probe, "");
    }
}
