package org.shuzhi.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.shuzhi.platform.Unscoped;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes records older than the retention period, nightly. The chain stays verifiable: the last removed record's
 * sequence and hash become the chain's base, which the first remaining record still links to.
 */
@Component
@Unscoped("retention purges by age across the whole log, for every jurisdiction alike")
class AuditRetention {

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Duration retention;

    AuditRetention(JdbcClient jdbc, TransactionTemplate transactions, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.retention = properties.retention();
    }

    @Scheduled(cron = "${shuzhi.audit.purge-cron:0 30 3 * * *}")
    void purgeExpired() {
        int removed = purgeBefore(Instant.now().minus(retention));
        if (removed > 0) {
            log.info("Audit retention removed {} records older than {}", removed, retention);
        }
    }

    /** Removes every record before {@code cutoff}; returns how many. */
    int purgeBefore(Instant cutoff) {
        Integer removed = transactions.execute(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(AuditWriter.CHAIN_LOCK).query(Object.class).single();
            var last = jdbc.sql("select seq, hash from audit.record where recorded_at < ? order by seq desc limit 1")
                    .param(cutoff.atOffset(ZoneOffset.UTC))
                    .query((rs, n) -> new ChainHead.Link(rs.getLong(1), rs.getBytes(2))).optional();
            if (last.isEmpty()) {
                return 0;
            }
            jdbc.sql("""
                    insert into audit.chain_base (id, seq, hash) values (1, ?, ?)
                    on conflict (id) do update set seq = excluded.seq, hash = excluded.hash""")
                    .params(last.get().seq(), last.get().hash()).update();
            jdbc.sql("select set_config('shuzhi.audit_purge', 'on', true)").query(String.class).single();
            return jdbc.sql("delete from audit.record where seq <= ?").param(last.get().seq()).update();
        });
        return removed == null ? 0 : removed;
    }
}
