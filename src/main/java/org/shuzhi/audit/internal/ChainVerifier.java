package org.shuzhi.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Map;
import org.shuzhi.platform.Unscoped;

import javax.sql.DataSource;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditVerification;
import org.shuzhi.audit.AuditVerification.Anchor;
import org.shuzhi.audit.AuditVerification.Breach;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain in sequence order, recomputing every hash, and compares it with the anchors. The first record
 * whose sequence, link or content does not check out is named; an anchor beyond the last record means the tail
 * was cut off.
 */
@Component
@Unscoped("verification walks the whole chain; it reports a sequence number, never record contents")
class ChainVerifier {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate readOnly;
    private final ChainHead head;
    private final AnchorStore anchors;

    ChainVerifier(DataSource dataSource, TransactionTemplate transactions, ChainHead head, AnchorStore anchors) {
        // a template of its own: the fetch size streams the log instead of loading it whole
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2_000);
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.head = head;
        this.anchors = anchors;
    }

    AuditVerification verify() {
        return readOnly.execute(status -> walk());
    }

    private AuditVerification walk() {
        Map<Long, byte[]> anchored = anchors.all();
        ChainHead.Link base = head.base();
        Walk walk = new Walk(base.seq(), base.hash(), anchored);
        jdbc.query("""
                select seq, recorded_at, actor, actor_scope, action, target, outcome, client_ip, request_id, details,
                       prev_hash, hash
                from audit.record order by seq""", rs -> {
            if (walk.breach != null) {
                return;
            }
            AuditEntry entry = new AuditEntry(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                    AuditEntry.Outcome.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(10));
            walk.check(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(), entry, rs.getBytes(11),
                    rs.getBytes(12));
        });
        Anchor lastAnchor = anchors.latest().orElse(null);
        if (walk.breach != null) {
            return AuditVerification.broken(walk.checked, walk.brokenSeq, walk.breach, walk.related, lastAnchor);
        }
        long beyond = anchored.keySet().stream().filter(seq -> seq > walk.lastSeq).findFirst().orElse(-1L);
        if (beyond > 0) {
            return AuditVerification.broken(walk.checked, walk.lastSeq + 1, Breach.TAIL_CUT, beyond, lastAnchor);
        }
        return AuditVerification.ok(walk.checked, lastAnchor);
    }

    /** The state of one walk along the chain. */
    private static final class Walk {
        long lastSeq;
        byte[] lastHash;
        long checked;
        Breach breach;
        long brokenSeq;
        Long related;
        final Map<Long, byte[]> anchored;

        Walk(long baseSeq, byte[] baseHash, Map<Long, byte[]> anchored) {
            this.lastSeq = baseSeq;
            this.lastHash = baseHash;
            this.anchored = anchored;
        }

        void check(long seq, Instant at, AuditEntry entry, byte[] prevHash, byte[] hash) {
            checked++;
            if (seq != lastSeq + 1) {
                broke(lastSeq + 1, Breach.MISSING, seq);
            } else if (!Arrays.equals(prevHash, lastHash)) {
                broke(seq, Breach.OUT_OF_ORDER, lastSeq);
            } else if (!Arrays.equals(ChainHash.of(prevHash, seq, at, entry), hash)) {
                broke(seq, Breach.ALTERED, null);
            } else if (anchored.containsKey(seq) && !Arrays.equals(anchored.get(seq), hash)) {
                broke(seq, Breach.ANCHOR_MISMATCH, null);
            }
            lastSeq = seq;
            lastHash = hash;
        }

        private void broke(long seq, Breach what, Long other) {
            breach = what;
            brokenSeq = seq;
            related = other;
        }
    }
}
