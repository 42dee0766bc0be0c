package org.shuzhi.sharing.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;

import com.fasterxml.jackson.databind.JsonNode;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;
import org.shuzhi.support.DemoTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * HTTP as the demo accounts for the sharing tests, keeping every answer of the sharing API so that a test can scan
 * them all for unmasked personal numbers at its end.
 */
abstract class SharingHttp {

    static final String POPULATION = "320509-ga-0001";
    static final String ENTITIES = "320509-scjg-0001";
    static final String DIBAO = "320509-mz-0001";

    @Autowired
    TestRestTemplate http;
    @Autowired
    DemoTokens tokens;
    @Autowired
    JdbcClient jdbc;

    final List<String> sharingAnswers = new ArrayList<>();

    ResponseEntity<JsonNode> get(String user, String path) {
        return exchange(user, HttpMethod.GET, path, null);
    }

    ResponseEntity<JsonNode> post(String user, String path, Object body) {
        return exchange(user, HttpMethod.POST, path, body);
    }

    ResponseEntity<JsonNode> exchange(String user, HttpMethod method, String path, Object body) {
        HttpHeaders headers = tokens.as(user);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON));
        headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
        ResponseEntity<JsonNode> answer = http.exchange(path, method, new HttpEntity<>(body, headers), JsonNode.class);
        if (path.startsWith("/api/share/")) {
            sharingAnswers.add(answer.getBody() == null ? "" : answer.getBody().toString());
        }
        return answer;
    }

    /** Rows of a shared resource as {@code user}, e.g. {@code rows("wj.api", ENTITIES, "fields=uscc")}. */
    ResponseEntity<JsonNode> rows(String user, String entry, String query) {
        return get(user, "/api/share/" + entry + "/rows" + (query == null ? "" : "?" + query));
    }

    /** Applies as {@code applicant}; returns the application. */
    JsonNode apply(String applicant, String entry, List<String> fields, String rowRegion) {
        Map<String, Object> application = new HashMap<>(Map.of("entryCode", entry, "purpose",
                "核查辖区实有人口，履行社区治理职责", "fields", fields, "durationDays", 30,
                "legalBasis", "《江苏省公共数据管理办法》第十九条"));
        application.put("rowRegion", rowRegion);
        ResponseEntity<JsonNode> made = post(applicant, "/api/sharing/applications", application);
        if (made.getStatusCode().value() != 201) {
            throw new AssertionError("application refused: " + made.getBody());
        }
        return made.getBody();
    }

    ResponseEntity<JsonNode> decide(String approver, long id, Map<String, Object> decision) {
        return post(approver, "/api/sharing/applications/" + id + "/decision", decision);
    }

    long auditedCalls(String actor, String entry) {
        return jdbc.sql("select count(*) from audit.record where action = 'share.call' and actor = :a and target = :t")
                .param("a", actor).param("t", "resource:" + entry).query(Long.class).single();
    }

    /** Valid resident ID numbers and mobile numbers in the text, as PersonalDataExposureTests finds them. */
    static Set<String> personalNumbers(String text) {
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
}
