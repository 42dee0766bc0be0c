package org.shuzhi.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.shuzhi.platform.Unscoped;

import org.shuzhi.audit.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.shuzhi.platform.Unscoped;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends audit entries with group commit: callers queue their entry and wait; one writer thread takes whatever
 * is queued, chains and inserts it in one transaction under an advisory lock (so several platform nodes still
 * form one chain), commits, and only then releases the callers.
 */
@Component
@Unscoped("the single writer of the chain appends records of every actor, on their behalf")
class AuditWriter implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AuditWriter.class);
    static final long CHAIN_LOCK = 0x5348555A48494155L; // "SHUZHIAU"

    private record Pending(AuditEntry entry, CompletableFuture<Long> committed) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(100_000);
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainHead head;
    private final int batchSize;
    private final Clock clock = Clock.system(ZoneOffset.UTC);
    private volatile Thread writer;

    AuditWriter(JdbcTemplate jdbc, TransactionTemplate transactions, ChainHead head, AuditProperties properties) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.head = head;
        this.batchSize = properties.batchSize();
    }

    long append(AuditEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("audit log is overloaded; entry not recorded");
            }
            return pending.committed().get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while recording audit entry", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("audit entry not recorded: " + e.getMessage(), e);
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (writer != null || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                List<Long> seqs = transactions.execute(status -> write(batch));
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).committed().complete(seqs.get(i));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Could not write {} audit entries", batch.size(), e);
                batch.forEach(p -> p.committed().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private List<Long> write(List<Pending> batch) {
        jdbc.queryForObject("select pg_advisory_xact_lock(?)", Object.class, CHAIN_LOCK);
        ChainHead.Link link = head.current();
        long seq = link.seq();
        byte[] previous = link.hash();
        List<Object[]> rows = new ArrayList<>(batch.size());
        List<Long> seqs = new ArrayList<>(batch.size());
        Instant now = ChainHash.storable(clock.instant());
        for (Pending pending : batch) {
            AuditEntry e = pending.entry();
            seq++;
            byte[] hash = ChainHash.of(previous, seq, now, e);
            rows.add(new Object[] {seq, now.atOffset(ZoneOffset.UTC), e.actor(), e.actorScope(), e.action(),
                    e.target(), e.outcome().name(), e.clientIp(), e.requestId(), e.details(), previous, hash});
            seqs.add(seq);
            previous = hash;
        }
        jdbc.batchUpdate("""
                insert into audit.record (seq, recorded_at, actor, actor_scope, action, target, outcome, client_ip,
                                          request_id, details, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        return seqs;
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::run, "audit-writer");
        thread.setDaemon(true);
        writer = thread;
        thread.start();
    }

    @Override
    public void stop() {
        Thread thread = writer;
        writer = null; // the loop drains what is queued, then ends
        if (thread != null) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return writer != null;
    }

    @Override
    public int getPhase() {
        // stops after the web server (which stops at a higher phase) has finished its requests
        return Integer.MAX_VALUE - 4096;
    }
}
