package org.shuzhi.sharing.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Call statistics: calls are queued in memory and written to {@code sharing.call} in batches, every second and on
 * shutdown, so that a call never waits for its statistics row. (The audit entry of a call, by contrast, is written
 * before the answer goes out.) Should the queue outgrow {@code MAX_QUEUED} — the database being away — further
 * rows are dropped and counted rather than exhausting memory.
 */
@Component
@Unscoped("statistics writer: inserts rows that carry both sides' scope columns, reads nothing")
class CallRecorder {

    private static final int MAX_QUEUED = 200_000;
    private static final int BATCH = 1_000;

    /** One call as counted. */
    record Call(Instant at, String entryCode, String providerRegion, String providerDepartment, String consumerRegion,
            String consumerDepartment, String consumer, Long grantId, int status, int rows, long latencyMicros) {
    }

    private final JdbcTemplate jdbc;
    private final ConcurrentLinkedQueue<Call> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicInteger dropped = new AtomicInteger();

    CallRecorder(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(Call call) {
        if (queued.incrementAndGet() > MAX_QUEUED) {
            queued.decrementAndGet();
            dropped.incrementAndGet();
            return;
        }
        queue.add(call);
    }

    /** Writes everything queued; returns how many rows were written. */
    @Scheduled(fixedDelayString = "${shuzhi.sharing.call-flush:1s}")
    @PreDestroy
    synchronized int flush() {
        int written = 0;
        List<Call> batch = new ArrayList<>(BATCH);
        Call call;
        while ((call = queue.poll()) != null) {
            queued.decrementAndGet();
            batch.add(call);
            if (batch.size() == BATCH) {
                written += write(batch);
                batch.clear();
            }
        }
        return written + write(batch);
    }

    /** Calls not counted because the queue was full. */
    int dropped() {
        return dropped.get();
    }

    private int write(List<Call> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        jdbc.batchUpdate("""
                insert into sharing.call (at, entry_code, provider_region, provider_department, consumer_region,
                    consumer_department, consumer, grant_id, status, row_count, latency_micros)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", batch, batch.size(), (ps, c) -> {
            ps.setTimestamp(1, Timestamp.from(c.at()));
            ps.setString(2, c.entryCode());
            ps.setString(3, c.providerRegion());
            ps.setString(4, c.providerDepartment());
            ps.setString(5, c.consumerRegion());
            ps.setString(6, c.consumerDepartment());
            ps.setString(7, c.consumer());
            ps.setObject(8, c.grantId());
            ps.setInt(9, c.status());
            ps.setInt(10, c.rows());
            ps.setInt(11, (int) Math.min(Integer.MAX_VALUE, c.latencyMicros()));
        });
        return batch.size();
    }
}
