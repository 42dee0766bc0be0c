package org.shuzhi.bench.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.shuzhi.ShuzhiApplication;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Audit appends per second through {@link AuditLog#record} (hash-chained, acknowledged after commit), from one
 * thread and from many, against raw JDBC batch inserts of the same rows into a bare table in the same run.
 *
 * <p>Run: {@code bench/audit-append.sh [entries] [threads] [rounds]}.
 */
public final class AuditAppendBenchmark {

    public static void main(String[] args) throws Exception {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 32;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-audit");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true",
                        "--logging.level.root=WARN")) {
            AuditLog audit = app.getBean(AuditLog.class);
            DataSource dataSource = app.getBean(DataSource.class);
            prepareBaselineTable(dataSource);
            double[] single = new double[rounds];
            double[] concurrent = new double[rounds];
            double[] raw = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                single[r] = singleThread(audit, Math.min(entries, 2_000));
                concurrent[r] = concurrent(audit, entries, threads);
                raw[r] = rawJdbcBatch(dataSource, entries);
            }
            long verifyStart = System.nanoTime();
            var verification = audit.verify();
            double verifyPerSecond = verification.checked() / ((System.nanoTime() - verifyStart) / 1e9);
            System.out.printf("audit appends, %d entries per round, %d rounds, %s%n", entries, rounds, machine());
            System.out.printf("  one thread (commit per entry)     median %,10.0f appends/s%n", median(single));
            System.out.printf("  %2d threads (group commit)        median %,10.0f appends/s%n", threads, median(concurrent));
            System.out.printf("  baseline raw JDBC batch insert    median %,10.0f rows/s%n", median(raw));
            System.out.printf("  ratio group commit / raw batch    %.2f%n", median(concurrent) / median(raw));
            System.out.printf("  verify: %,d records, %,.0f records/s, intact=%s%n", verification.checked(),
                    verifyPerSecond, verification.intact());
        }
    }

    private static double singleThread(AuditLog audit, int n) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            audit.record(entry(i));
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static double concurrent(AuditLog audit, int n, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            int perThread = n / threads;
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        audit.record(entry(i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return perThread * threads / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    private static void prepareBaselineTable(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("""
                    create table if not exists public.bench_audit_raw (seq bigserial primary key,
                      recorded_at timestamptz, actor text, actor_scope text, action text, target text, outcome text,
                      client_ip text, request_id text, details text, prev_hash bytea, hash bytea)""");
        }
    }

    private static double rawJdbcBatch(DataSource dataSource, int n) throws Exception {
        byte[] hash = new byte[32];
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("""
                    insert into public.bench_audit_raw (recorded_at, actor, actor_scope, action, target, outcome,
                      client_ip, request_id, details, prev_hash, hash) values (?,?,?,?,?,?,?,?,?,?,?)""")) {
                for (int i = 0; i < n; i++) {
                    AuditEntry e = entry(i);
                    insert.setTimestamp(1, Timestamp.from(Instant.now()));
                    insert.setString(2, e.actor());
                    insert.setString(3, e.actorScope());
                    insert.setString(4, e.action());
                    insert.setString(5, e.target());
                    insert.setString(6, e.outcome().name());
                    insert.setString(7, e.clientIp());
                    insert.setString(8, e.requestId());
                    insert.setString(9, e.details());
                    insert.setBytes(10, hash);
                    insert.setBytes(11, hash);
                    insert.addBatch();
                    if (i % 500 == 499) {
                        insert.executeBatch();
                        c.commit();
                    }
                }
                insert.executeBatch();
                c.commit();
            }
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    private static AuditEntry entry(int i) {
        return new AuditEntry("user" + (i % 97), "320509104", "share.call", "resource:R-" + (i % 13),
                AuditEntry.Outcome.SUCCESS, "127.0.0.1", "req-" + i, "{\"rows\":" + (i % 50) + "}");
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores";
    }
}
