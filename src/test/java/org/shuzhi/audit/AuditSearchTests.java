package org.shuzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Searching the log through its API: every filter, keyset paging both ways with a total, and the scope rules —
 * a region's subtree by the actor's label, a department scope by the label's department, and records without an
 * actor scope for the unrestricted scope only. Each test writes records under an action prefix of its own.
 */
@IntegrationTest
class AuditSearchTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    String prefix;

    @BeforeEach
    void ownActions() {
        prefix = "t" + System.nanoTime() + ".";
    }

    @Test
    void eachFilterNarrowsTheResults() {
        long a = record("zhang.san", "320509", "login", "user:zhang.san", Outcome.SUCCESS, "req-a");
        long b = record("li.si", "320509", "login", "user:li.si", Outcome.FAILURE, "req-b");
        long c = record("zhang.san", "320509", "export", "resource:R-1", Outcome.DENIED, "req-c");

        assertThat(seqs(query(null, null, "zhang.san", null, null, null, null))).containsExactly(c, a);
        assertThat(seqs(query(null, null, null, prefix + "log", null, null, null))).containsExactly(b, a);
        assertThat(seqs(query(null, null, null, null, "user:li.si", null, null))).containsExactly(b);
        assertThat(seqs(query(null, null, null, null, null, Outcome.DENIED, null))).containsExactly(c);
        assertThat(seqs(query(null, null, null, null, null, null, "req-a"))).containsExactly(a);
        assertThat(seqs(query(null, null, "zhang.san", prefix + "export", null, Outcome.DENIED, "req-c")))
                .containsExactly(c);
        Instant written = audit.search(query(null, null, null, null, null, null, "req-b"), DataScope.of("32"))
                .records().get(0).recordedAt();
        assertThat(seqs(query(written.plusSeconds(60), null, null, null, null, null, null))).isEmpty();
        assertThat(seqs(query(null, written.minusSeconds(60), null, null, null, null, null))).isEmpty();
        assertThat(seqs(query(written.minusSeconds(60), written.plusSeconds(60), null, null, null, null, null)))
                .containsExactly(c, b, a);
    }

    @Test
    void pagesWalkOlderAndBackNewerWithoutOverlapAndWithTheTotal() {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            written.add(0, record("pager", "320509104", "page", "t:" + i, Outcome.SUCCESS, null));
        }
        AuditPage first = page(null, null);
        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalCapped()).isFalse();
        assertThat(seqs(first)).containsExactlyElementsOf(written.subList(0, 3));
        assertThat(first.newer()).isNull();
        AuditPage second = page(first.older(), null);
        assertThat(seqs(second)).containsExactlyElementsOf(written.subList(3, 6));
        assertThat(second.total()).isEqualTo(7);
        AuditPage third = page(second.older(), null);
        assertThat(seqs(third)).containsExactly(written.get(6));
        assertThat(third.older()).as("oldest page").isNull();
        AuditPage backToSecond = page(null, third.newer());
        assertThat(seqs(backToSecond)).containsExactlyElementsOf(written.subList(3, 6));
        AuditPage backToFirst = page(null, backToSecond.newer());
        assertThat(seqs(backToFirst)).containsExactlyElementsOf(written.subList(0, 3));
        assertThat(backToFirst.newer()).as("newest page").isNull();
    }

    @Test
    void aTotalBeyondTheCountLimitIsCappedAndSaysSo() {
        transactions.executeWithoutResult(status -> {
            // rows straight into the table, rolled back: the count does not read the chain
            jdbc.sql("""
                    insert into audit.record (seq, recorded_at, actor, actor_scope, action, outcome, prev_hash, hash)
                    select head.seq + g, now(), 'bulk', '320509', :action, 'SUCCESS', '\\x00', '\\x00'
                    from generate_series(1, :rows) g, (select coalesce(max(seq), 0) seq from audit.record) head""")
                    .param("action", prefix + "bulk").param("rows", AuditPage.COUNT_LIMIT + 1).update();
            AuditPage page = scoped(DataScope.of("320509"));
            assertThat(page.total()).isEqualTo(AuditPage.COUNT_LIMIT);
            assertThat(page.totalCapped()).isTrue();
            assertThat(page.records()).hasSize(50);
            status.setRollbackOnly();
        });
        AuditPage exact = scoped(DataScope.of("320509"));
        assertThat(exact.total()).isZero();
        assertThat(exact.totalCapped()).isFalse();
    }

    @Test
    void aRegionSeesItsSubtreeAndADepartmentScopeOnlyItsDepartmentsLabel() {
        long county = record("wj.x", "320509", "s", null, Outcome.SUCCESS, null);
        long township = record("pw.x", "320509104", "s", null, Outcome.SUCCESS, null);
        long department = record("wj.cg.x", "320509/320509-cg", "s", null, Outcome.SUCCESS, null);
        long otherDepartment = record("wj.ga.x", "320509/320509-ga", "s", null, Outcome.SUCCESS, null);
        long gansu = record("gs.x", "62", "s", null, Outcome.SUCCESS, null);
        long unknown = record("nobody-known", null, "s", null, Outcome.FAILURE, null);

        assertThat(seqs(scoped(DataScope.of("320509")))).containsExactlyInAnyOrder(county, township, department,
                otherDepartment);
        assertThat(seqs(scoped(DataScope.of("320509104")))).containsExactly(township);
        assertThat(seqs(scoped(DataScope.of("62")))).containsExactly(gansu);
        assertThat(seqs(scoped(DataScope.of("320509").onlyDepartments(Set.of("320509-cg")))))
                .containsExactly(department);
        assertThat(seqs(scoped(DataScope.none()))).isEmpty();
        assertThat(seqs(scoped(DataScope.all()))).as("only the unrestricted scope sees records without a scope")
                .contains(unknown, gansu, county);
    }

    @Test
    void contradictoryOrMalformedQueriesAreRefused() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new AuditQuery(now, now, null, null, null, null, null, null, null, 50))
                .isInstanceOf(ApiProblem.class).hasMessage("audit.query.range");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, 5L, 9L, 50))
                .hasMessage("audit.query.cursors");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, null, null, 0))
                .hasMessage("audit.query.limit");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, null, null, null, null, null, null, 201))
                .hasMessage("audit.query.limit");
        assertThatThrownBy(() -> new AuditQuery(null, null, null, "auth%", null, null, null, null, null, 50))
                .hasMessage("audit.query.action");
    }

    @Test
    void anExportStreamsEveryMatchNewestFirstIgnoringThePage() {
        List<Long> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(0, record("exporter", "320509", "e", null, Outcome.SUCCESS, null));
        }
        List<Long> exported = new ArrayList<>();
        long count = audit.export(new AuditQuery(null, null, null, prefix, null, null, null, written.get(1), null, 2),
                DataScope.of("3205"), r -> exported.add(r.seq()));
        assertThat(exported).containsExactlyElementsOf(written);
        assertThat(count).isEqualTo(5);
    }

    private long record(String actor, String scope, String action, String target, Outcome outcome, String requestId) {
        return audit.record(new AuditEntry(actor, scope, prefix + action, target, outcome, "10.0.0.1", requestId,
                "{\"n\":1}"));
    }

    private AuditQuery query(Instant from, Instant to, String actor, String action, String target, Outcome outcome,
            String requestId) {
        return new AuditQuery(from, to, actor, action == null ? prefix : action, target, outcome, requestId, null,
                null, 50);
    }

    private List<Long> seqs(AuditQuery query) {
        return seqs(audit.search(query, DataScope.of("32")));
    }

    private AuditPage page(Long before, Long after) {
        return audit.search(new AuditQuery(null, null, null, prefix, null, null, null, before, after, 3),
                DataScope.of("320509"));
    }

    private AuditPage scoped(DataScope scope) {
        return audit.search(new AuditQuery(null, null, null, prefix, null, null, null, null, null, 50), scope);
    }

    private static List<Long> seqs(AuditPage page) {
        return page.records().stream().map(AuditRecord::seq).toList();
    }
}
