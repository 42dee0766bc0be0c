package org.shuzhi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
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
 * One jurisdiction's objects are invisible and untouchable to another's users, on every endpoint that exists —
 * found in Spring MVC's handler mapping, so endpoints added later are covered without touching this test.
 *
 * <p>The probes are the keys (single-column unique values) of every row of every scoped table inside the owner's
 * region, read through the tables' scope markers; keys that also name something elsewhere are left out as
 * ambiguous. For each endpoint:
 * <ul>
 * <li>with path variables, read: for every probe the owner's administrator gets 2xx, the foreign administrator must
 * get 404 (or 403 when it lacks the permission and gets 403 for a key that does not exist too) — and for each endpoint some probe, in some region, must reach an object (an endpoint nobody can probe
 * fails the test, so that adding one without demo data to check it is noticed);</li>
 * <li>with path variables, write: the foreign administrator's request (with the owner's representation as body)
 * must get a 4xx and change no row inside the owner's region;</li>
 * <li>without path variables, read: the foreign administrator's answer — also with {@code ?region=} set to the
 * owner's region where the endpoint takes one — must name none of the probes.</li>
 * </ul>
 * An endpoint serving public reference data carries {@code @Unscoped("reason")} and is reported, not probed.
 */
@IntegrationTest
class CrossJurisdictionTests {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DemoTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    /** Probes per key column of each scoped table: enough to meet every kind of object, few enough to stay fast. */
    private static final int PROBES_PER_KEY_COLUMN = 12;

    /** Audit targets as the platform writes them: {@code user:lz.dispatcher}, {@code token:4}, {@code catalog:X}. */
    private static final java.util.regex.Pattern AUDIT_TARGET = java.util.regex.Pattern.compile("\\b[a-z]+:[^,\"\\s]+");

    /** Region, its administrator, and someone of another jurisdiction. */
    private static final List<List<String>> PAIRS = List.of(List.of("32", "js.admin", "gs.admin"),
            List.of("62", "gs.admin", "js.admin"), List.of("320509", "wj.admin", "lz.dispatcher"));

    /** The kinds of probe, run in this order for all pairs, so that one kind's traces cannot disturb the next. */
    private enum Phase {
        LISTS, READS, WRITES
    }

    @Test
    void anotherJurisdictionGetsNotFoundOrNothing() {
        // tokens first: their rows are then part of the scoped data the probes are computed from
        PAIRS.forEach(pair -> pair.subList(1, 3).forEach(tokens::token));
        List<String> violations = new ArrayList<>();
        Set<String> probed = new TreeSet<>();
        for (Phase phase : Phase.values()) {
            for (List<String> pair : PAIRS) {
                probe(phase, pair.get(0), pair.get(1), pair.get(2), violations, probed);
            }
        }
        Set<String> withVariables = new TreeSet<>();
        Endpoints.of(context).stream().filter(e -> e.unscopedReason() == null && e.hasPathVariables() && e.isRead())
                .forEach(e -> withVariables.add(e.toString()));
        assertThat(violations).isEmpty();
        assertThat(probed).as("read endpoints with path variables that some demo object reaches")
                .containsExactlyInAnyOrderElementsOf(withVariables);
    }

    private void probe(Phase phase, String region, String owner, String foreigner, List<String> violations,
            Set<String> probed) {
        ScopedRows rows = new ScopedRows(jdbc);
        Set<String> inside = new TreeSet<>(rows.keysInside(region, PROBES_PER_KEY_COLUMN));
        // A read the owner gets is of the endpoint's own object, so the foreigner must not get it whatever else
        // bears the same key elsewhere; in lists and writes a key shared with a row outside would be ambiguous.
        Set<String> probes = new TreeSet<>(inside);
        probes.removeAll(rows.keysOutside(region));
        assertThat(probes).as("keys of %s's scoped rows", region).isNotEmpty();

        for (Endpoints endpoint : Endpoints.of(context)) {
            if (endpoint.unscopedReason() != null) {
                continue;
            }
            if (!endpoint.hasPathVariables()) {
                if (phase == Phase.LISTS && endpoint.isRead()) {
                    checkList(endpoint, endpoint.pattern(), foreigner, probes, violations);
                    if (endpoint.takesParameter("region")) {
                        checkList(endpoint, endpoint.pattern() + "?region=" + region, foreigner, probes, violations);
                    }
                }
            } else if (endpoint.isRead()) {
                if (phase == Phase.READS) {
                    checkRead(endpoint, owner, foreigner, inside, violations, probed);
                }
            } else if (phase == Phase.WRITES) {
                checkWrite(endpoint, region, owner, foreigner, probes, rows, violations);
            }
        }
    }

    private void checkRead(Endpoints endpoint, String owner, String foreigner, Set<String> probes,
            List<String> violations, Set<String> probed) {
        for (String probe : probes) {
            String path = endpoint.expand(probe);
            if (!call(endpoint, path, owner, null).getStatusCode().is2xxSuccessful()) {
                continue;
            }
            probed.add(endpoint.toString());
            int status = call(endpoint, path, foreigner, null).getStatusCode().value();
            if (status == 403 && refusedWhateverTheKey(endpoint, foreigner)) {
                continue;
            }
            if (status != 404) {
                violations.add(endpoint + " as " + foreigner + " for " + probe + ": " + status + ", not 404");
            }
        }
    }

    /** True when the endpoint refuses the caller for want of a permission, before looking at the key at all. */
    private boolean refusedWhateverTheKey(Endpoints endpoint, String username) {
        return call(endpoint, endpoint.expand("no-such-key-0"), username, null).getStatusCode().value() == 403;
    }

    private void checkList(Endpoints endpoint, String path, String foreigner, Set<String> probes, List<String> violations) {
        ResponseEntity<String> answer = call(endpoint, path, foreigner, null);
        if (answer.getStatusCode().is5xxServerError()) {
            violations.add(endpoint + " as " + foreigner + ": " + answer.getStatusCode());
        }
        String body = answer.getBody() == null ? "" : answer.getBody();
        if (path.startsWith("/api/audit") || path.startsWith("/audit")) {
            // an audit record's target is what its in-scope actor named — e.g. a refused attempt at another
            // county's account: the actor's own record, not the other county's data
            body = AUDIT_TARGET.matcher(body).replaceAll("");
        }
        String scanned = body;
        // a probe counts as a whole key only: 100001 inside 1000010 is another object's key
        probes.stream().filter(p -> p.length() >= 6).map(p -> java.util.regex.Pattern.compile(
                        "(?<![0-9A-Za-z])" + java.util.regex.Pattern.quote(p) + "(?![0-9A-Za-z])").matcher(scanned))
                .filter(java.util.regex.Matcher::find).findFirst()
                .ifPresent(m -> violations.add(path + " as " + foreigner + " names " + m.group() + ": …"
                        + scanned.substring(Math.max(0, m.start() - 300), Math.min(scanned.length(), m.start() + 100))
                                .replaceAll("\\s+", " ") + "…"));
    }

    private void checkWrite(Endpoints endpoint, String region, String owner, String foreigner, Set<String> probes,
            ScopedRows rows, List<String> violations) {
        // the owner's reads first (they touch the owner's token), then one digest of the region's rows around all
        // the foreigner's writes to this endpoint: hashing every scoped row is dear
        java.util.Map<String, String> bodies = new java.util.LinkedHashMap<>();
        for (String probe : probes) {
            ResponseEntity<String> representation = http.exchange(endpoint.expand(probe),
                    org.springframework.http.HttpMethod.GET, tokens.request(owner), String.class);
            bodies.put(probe, representation.getStatusCode().is2xxSuccessful() ? representation.getBody() : "{}");
        }
        String before = rows.digestInside(region);
        bodies.forEach((probe, body) -> {
            int status = call(endpoint, endpoint.expand(probe), foreigner, body).getStatusCode().value();
            if (status < 400 || status >= 500) {
                violations.add(endpoint + " as " + foreigner + " for " + probe + ": " + status);
            }
        });
        String after = rows.digestInside(region);
        if (!after.equals(before)) {
            // name the tables whose rows changed, so that a failure says where to look
            List<String> changed = java.util.Arrays.stream(after.split(";"))
                    .filter(table -> !java.util.Arrays.asList(before.split(";")).contains(table))
                    .map(table -> table.substring(0, table.indexOf('='))).toList();
            violations.add(endpoint + " as " + foreigner + " changed " + region + "'s rows in " + changed + " (probes "
                    + probes + ")");
        }
    }

    private ResponseEntity<String> call(Endpoints endpoint, String path, String username, String body) {
        HttpHeaders headers = tokens.as(username);
        headers.setAccept(List.of(MediaType.APPLICATION_JSON, MediaType.ALL));
        if (body != null) {
            headers.setContentType(MediaType.APPLICATION_JSON);
        }
        return http.exchange(path, endpoint.method(), new HttpEntity<>(body, headers), String.class);
    }
}
