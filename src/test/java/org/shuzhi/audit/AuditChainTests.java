package org.shuzhi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditVerification.Breach;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain catches every kind of tampering. Each tampering happens inside a transaction that is verified and
 * then rolled back, the way an attacker with database access would edit rows (disabling the append-only trigger).
 */
@IntegrationTest
class AuditChainTests {

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    long first;

    @BeforeEach
    void appendSomeRecords() {
        first = audit.record(entry("auth.login", Outcome.SUCCESS));
        for (int i = 0; i < 9; i++) {
            audit.record(entry("share.call", i % 3 == 0 ? Outcome.DENIED : Outcome.SUCCESS));
        }
    }

    @Test
    void untouchedChainVerifies() {
        AuditVerification result = audit.verify();
        assertThat(result.intact()).as(String.valueOf(result.breach())).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void concurrentAppendsFormOneGaplessChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Long>> seqs = IntStream.range(0, 400)
                    .mapToObj(i -> pool.submit(() -> audit.record(entry("export", Outcome.SUCCESS)))).toList();
            List<Long> assigned = seqs.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).sorted().toList();
            assertThat(assigned).doesNotHaveDuplicates().hasSize(400);
            assertThat(assigned.get(399) - assigned.get(0)).isGreaterThanOrEqualTo(399);
        } finally {
            pool.shutdown();
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theLogRefusesUpdatesAndDeletesOutright() {
        assertThatThrownBy(() -> jdbc.sql("update audit.record set actor = 'x' where seq = ?").param(first).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.record where seq = ?").param(first).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void editedRowIsNamed() {
        long victim = first + 4;
        assertTamperingNamed(victim, Breach.ALTERED, db ->
                db.sql("update audit.record set outcome = 'SUCCESS', actor = 'someone-else' where seq = ?")
                        .param(victim).update());
    }

    @Test
    void removedRowIsNamed() {
        long victim = first + 3;
        assertTamperingNamed(victim, Breach.MISSING, db ->
                db.sql("delete from audit.record where seq = ?").param(victim).update());
    }

    @Test
    void removedAndRenumberedRowIsNamed() {
        long victim = first + 3;
        assertTamperingNamed(victim, Breach.OUT_OF_ORDER, db -> {
            db.sql("delete from audit.record where seq = ?").param(victim).update();
            db.sql("update audit.record set seq = seq - 1 where seq > ?").param(victim).update();
        });
    }

    @Test
    void reorderedRowsAreNamed() {
        long a = first + 2;
        long b = first + 5;
        assertTamperingNamed(a, Breach.OUT_OF_ORDER, db -> {
            db.sql("update audit.record set seq = -1 where seq = ?").param(a).update();
            db.sql("update audit.record set seq = ? where seq = ?").params(a, b).update();
            db.sql("update audit.record set seq = ? where seq = -1").param(b).update();
        });
    }

    @Test
    void cutOffTailIsDetectedThroughTheAnchor() {
        long anchored = audit.anchor();
        long cutFrom = anchored - 2;
        assertTamperingNamed(cutFrom, Breach.TAIL_CUT, db ->
                db.sql("delete from audit.record where seq >= ?").param(cutFrom).update());
    }

    private void assertTamperingNamed(long expectedSeq, Breach breach, Consumer<JdbcClient> tamper) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.record disable trigger record_append_only").update();
            tamper.accept(jdbc);
            AuditVerification result = audit.verify();
            status.setRollbackOnly();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBroken()).isEqualTo(expectedSeq);
            assertThat(result.breach()).isEqualTo(breach);
        });
        assertThat(audit.verify().intact()).as("rolled back").isTrue();
    }

    private static AuditEntry entry(String action, Outcome outcome) {
        return new AuditEntry("zhang.san", "320509104", action, "resource:R-1", outcome, "127.0.0.1",
                "req-" + action, "{\"rows\":3}");
    }
}
