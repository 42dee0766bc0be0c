package org.shuzhi.bench.jurisdiction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.shuzhi.jurisdiction.internal.ImportHarness;
import org.slf4j.LoggerFactory;

/**
 * Imports the national division files into a fresh embedded PostgreSQL, several rounds, and compares with two
 * baselines that load the same rows into a bare table (no index, no check): plain {@code COPY … CSV} of the raw
 * files, and JDBC batch inserts. Each round starts its own cluster in a temporary directory, runs the module's
 * Flyway migrations, then measures: fresh import, idempotent re-import, COPY baseline, batch baseline.
 *
 * <p>Usage: {@code NationalImportBenchmark DIR [ROUNDS]} — see {@code bench/national-import.sh}.
 */
public final class NationalImportBenchmark {

    private static final String[] FILES = {"provinces", "cities", "areas", "streets", "villages"};

    record Round(ImportHarness.Result fresh, ImportHarness.Result again, long copyMillis, long batchMillis,
            long baselineRows) {
    }

    public static void main(String[] args) throws Exception {
        quietLogs();
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/data/divisions").toAbsolutePath().normalize();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("input: %s%n", dir);
        List<Round> results = new ArrayList<>();
        for (int i = 1; i <= rounds; i++) {
            Round round = round(dir);
            results.add(round);
            System.out.printf("round %d: fresh %,d ms (read %,d / validate %,d / write %,d), re-import %,d ms"
                    + " (%,d unchanged), COPY baseline %,d ms, batch baseline %,d ms%n", i,
                    round.fresh().totalMillis(), round.fresh().readMillis(), round.fresh().validateMillis(),
                    round.fresh().writeMillis(), round.again().totalMillis(), round.again().unchanged(),
                    round.copyMillis(), round.batchMillis());
        }
        long rows = results.get(0).fresh().read();
        long fresh = median(results, r -> r.fresh().totalMillis());
        long again = median(results, r -> r.again().totalMillis());
        long copy = median(results, Round::copyMillis);
        long batch = median(results, Round::batchMillis);
        System.out.printf("%nrows: %,d (baseline rows %,d), rounds: %d, medians:%n", rows,
                results.get(0).baselineRows(), rounds);
        line("fresh import (checked, indexed)", fresh, rows);
        line("idempotent re-import", again, rows);
        line("baseline: plain COPY, bare table", copy, rows);
        line("baseline: JDBC batch insert, bare table", batch, rows);
        System.out.printf("ratio fresh import / COPY baseline: %.2f; fresh import / batch baseline: %.2f%n",
                (double) fresh / copy, (double) fresh / batch);
    }

    private static Round round(Path dir) throws Exception {
        Path data = Files.createTempDirectory("shuzhi-bench-pg");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB")
                .setLocaleConfig("locale", "C.UTF-8").start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/jurisdiction")
                    .load().migrate();
            ImportHarness harness = new ImportHarness(dataSource);
            ImportHarness.Result fresh = harness.importDirectory(dir);
            ImportHarness.Result again = harness.importDirectory(dir);
            if (again.unchanged() != fresh.read() || fresh.inserted() != fresh.read()) {
                throw new IllegalStateException("import not idempotent: " + fresh + " then " + again);
            }
            try (Connection connection = dataSource.getConnection()) {
                long[] copy = copyBaseline(connection, dir);
                long batchMillis = batchBaseline(connection, dir);
                return new Round(fresh, again, copy[0], batchMillis, copy[1]);
            }
        } finally {
            deleteTree(data);
        }
    }

    /** COPY of the raw CSV (gunzipped on the fly) into a bare text table; returns {millis, rows}. */
    private static long[] copyBaseline(Connection connection, Path dir) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table baseline_copy (code text, name text, c1 text, c2 text, c3 text, c4 text)");
        }
        long start = System.nanoTime();
        long rows = 0;
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        for (int i = 0; i < FILES.length; i++) {
            String columns = String.join(", ", List.of("code", "name", "c1", "c2", "c3", "c4").subList(0, 2 + i));
            try (InputStream in = open(dir, FILES[i])) {
                rows += copy.copyIn("copy baseline_copy (" + columns + ") from stdin (format csv, header true)", in);
            }
        }
        return new long[] {(System.nanoTime() - start) / 1_000_000, rows};
    }

    /** Naive reading (split on commas) and JDBC batch inserts of (code, name, parent) in one transaction. */
    private static long batchBaseline(Connection connection, Path dir) throws SQLException, IOException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table baseline_batch (code text, name text, parent_code text)");
        }
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into baseline_batch (code, name, parent_code) values (?, ?, ?)")) {
            for (String file : FILES) {
                try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(dir, file),
                        StandardCharsets.UTF_8))) {
                    reader.readLine();
                    String line;
                    int pending = 0;
                    while ((line = reader.readLine()) != null) {
                        String[] f = line.split(",");
                        insert.setString(1, f[0]);
                        insert.setString(2, f[1].replace("\"", ""));
                        insert.setString(3, f.length > 2 ? f[2] : null);
                        insert.addBatch();
                        if (++pending == 5_000) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                    insert.executeBatch();
                }
            }
        }
        connection.commit();
        connection.setAutoCommit(true);
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static InputStream open(Path dir, String base) throws IOException {
        Path plain = dir.resolve(base + ".csv");
        if (Files.exists(plain)) {
            return Files.newInputStream(plain);
        }
        return new GZIPInputStream(Files.newInputStream(dir.resolve(base + ".csv.gz")), 1 << 16);
    }

    private static long median(List<Round> rounds, ToLongFunction<Round> metric) {
        long[] values = rounds.stream().mapToLong(metric).sorted().toArray();
        return values[values.length / 2];
    }

    private static void line(String label, long millis, long rows) {
        System.out.printf("  %-42s %,8d ms  %,10d rows/s%n", label, millis, rows * 1000 / Math.max(1, millis));
    }

    private static void quietLogs() {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(Level.INFO);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.zonky")).setLevel(Level.WARN);
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("org.flywaydb")).setLevel(Level.WARN);
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> paths = Files.walk(root)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }
}
