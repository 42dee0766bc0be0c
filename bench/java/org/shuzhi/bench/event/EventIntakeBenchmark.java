package org.shuzhi.bench.event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.shuzhi.ShuzhiApplication;
import org.shuzhi.grid.Grid;
import org.shuzhi.grid.GridType;
import org.shuzhi.grid.Grids;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.platform.DataScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Sustained event intake over real HTTP with bearer tokens, as 西塘社区's grid inspector: (a) N clients each POST
 * single reports to {@code /api/events} (201 only after the commit), (b) the same clients POST batches to
 * {@code /api/events/batch}; baseline in the same run: raw JDBC batch inserts of the same event rows and their
 * first timeline row (batches of 500, one commit each) into the same tables. The platform runs in this JVM on a
 * fresh embedded PostgreSQL, so server, database and clients share the machine.
 *
 * <p>Run: {@code bench/event-intake.sh [events=20000] [clients=16] [batch=500] [rounds=3]}.
 */
public final class EventIntakeBenchmark {

    private static final String VILLAGE = "320509104001";
    private static final String USER = "xt.inspector";

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int batch = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-intake");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .logStartupInfo(false)
                .run("--server.port=0", "--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true",
                        "--shuzhi.demo.enabled=true", "--shuzhi.demo.event-year=false", "--logging.level.root=WARN",
                        "--spring.datasource.hikari.maximum-pool-size=" + Math.max(10, clients + 4))) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            List<Grid> grids = app.getBean(Grids.class).list(VILLAGE, DataScope.all()).stream()
                    .filter(g -> g.type() == GridType.COMPREHENSIVE).toList();
            List<String> tokens = tokens(app, clients);
            Workload work = new Workload(grids, new Random(42));
            System.out.printf("event intake: %,d events a phase, %d clients, batches of %d, %d rounds; %d grids of %s%n",
                    events, clients, batch, rounds, grids.size(), VILLAGE);
            single(base, tokens, work, "warm", Math.min(events, 4_000));
            batches(base, tokens, work, "warm", Math.min(events, 10_000), batch);
            raw(app.getBean(DataSource.class), work, "warm", Math.min(events, 10_000));
            double[][] results = new double[rounds][];
            for (int r = 0; r < rounds; r++) {
                double[] s = single(base, tokens, work, "r" + r, events);
                double b = batches(base, tokens, work, "r" + r, events, batch)[0];
                double raw = raw(app.getBean(DataSource.class), work, "r" + r, events);
                results[r] = new double[] {s[0], s[1], s[2], b, raw};
                System.out.printf("round %d: single %,.0f/s p50 %.1f ms p99 %.1f ms | batch %,.0f/s | raw %,.0f/s | "
                        + "batch/raw %.2f | load %s%n", r + 1, s[0], s[1], s[2], b, raw, b / raw, load());
            }
            System.out.printf("MEDIAN single %,.0f events/s p50 %.1f ms p99 %.1f ms | batch %,.0f events/s | raw JDBC "
                    + "batch %,.0f rows/s | single/raw %.2f batch/raw %.2f%n", median(results, 0),
                    median(results, 1), median(results, 2), median(results, 3), median(results, 4),
                    median(results, 0) / median(results, 4), median(results, 3) / median(results, 4));
        }
    }

    /** Reports at random points of the village's grids, each with its own idempotency key. */
    record Workload(List<Grid> grids, Random random) {

        synchronized Coordinate point() {
            Geometry polygon = grids.get(random.nextInt(grids.size())).polygon();
            Envelope box = polygon.getEnvelopeInternal();
            GeometryFactory factory = new GeometryFactory();
            while (true) {
                Coordinate c = new Coordinate(box.getMinX() + random.nextDouble() * box.getWidth(),
                        box.getMinY() + random.nextDouble() * box.getHeight());
                if (polygon.contains(factory.createPoint(c))) {
                    return c;
                }
            }
        }

        String json(String key) {
            Coordinate c = point();
            return "{\"idempotencyKey\":\"%s\",\"categoryCode\":\"040101\",\"title\":\"占道经营\",\"description\":\"巡查发现流动摊贩占道经营\",\"lat\":%s,\"lng\":%s}"
                    .formatted(key, c.y, c.x);
        }
    }

    private static List<String> tokens(ConfigurableApplicationContext app, int count) {
        LoginResult login = app.getBean(Authenticator.class).login(USER, "Shuzhi@Demo2026", "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException("cannot sign in: " + login);
        }
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            tokens.add(app.getBean(ApiTokens.class).issue(success.caller(), USER, "benchmark", Duration.ofHours(12))
                    .token());
        }
        return tokens;
    }

    /** {events/s, p50 ms, p99 ms} of single POSTs by all clients. */
    private static double[] single(String base, List<String> tokens, Workload work, String round, int events)
            throws Exception {
        int clients = tokens.size();
        long[] latencies = new long[events];
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = client; i < events; i += clients) {
                    HttpRequest request = post(base + "/api/events", tokens.get(client),
                            work.json("s-" + round + "-" + i));
                    long t0 = System.nanoTime();
                    HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (answer.statusCode() != 201) {
                        throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        return new double[] {events / seconds, latencies[events / 2] / 1e6, latencies[(int) (events * 0.99)] / 1e6};
    }

    /** {events/s} of batch POSTs by all clients. */
    private static double[] batches(String base, List<String> tokens, Workload work, String round, int events,
            int size) throws Exception {
        int clients = tokens.size();
        int requests = (events + size - 1) / size;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            done.add(pool.submit(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int r = client; r < requests; r += clients) {
                    StringBuilder body = new StringBuilder("[");
                    for (int i = r * size; i < Math.min(events, (r + 1) * size); i++) {
                        body.append(i > r * size ? "," : "").append(work.json("b-" + round + "-" + i));
                    }
                    HttpResponse<String> answer = http.send(post(base + "/api/events/batch", tokens.get(client),
                            body.append(']').toString()), HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200 || !answer.body().contains("\"errors\":0")) {
                        throw new IllegalStateException(answer.statusCode() + " " + answer.body().substring(0, 300));
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return new double[] {events / seconds};
    }

    /** Rows/s of raw JDBC batch inserts of the same event rows and their REPORT step, 500 a batch and commit. */
    private static double raw(DataSource dataSource, Workload work, String round, int events) throws Exception {
        List<Coordinate> points = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            points.add(work.point());
        }
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement event = connection.prepareStatement("""
                    insert into event.event (id, source, idempotency_key, category_code, title, description, urgency,
                                             lat, lng, grid_code, region_code, reporter_account, state, reported_at)
                    overriding system value
                    values (?, 'GRID_PATROL', ?, '040101', '占道经营', '巡查发现流动摊贩占道经营', 'NORMAL', ?, ?,
                            '320509104001001', ?, ?, 'REPORTED', ?)
                    on conflict (source, idempotency_key) where idempotency_key is not null do nothing""");
                 PreparedStatement step = connection.prepareStatement("""
                    insert into event.transition (event_id, at, action, to_state, actor, details)
                    values (?, ?, 'REPORT', 'REPORTED', ?, cast('{"placedBy": "grid"}' as jsonb))""");
                 PreparedStatement ids = connection.prepareStatement(
                         "select nextval(pg_get_serial_sequence('event.event', 'id')) from generate_series(1, ?)")) {
                for (int from = 0; from < events; from += 500) {
                    int to = Math.min(events, from + 500);
                    ids.setInt(1, to - from);
                    List<Long> idList = new ArrayList<>();
                    try (var rows = ids.executeQuery()) {
                        while (rows.next()) {
                            idList.add(rows.getLong(1));
                        }
                    }
                    Timestamp now = Timestamp.from(Instant.now());
                    for (int i = from; i < to; i++) {
                        long id = idList.get(i - from);
                        event.setLong(1, id);
                        event.setString(2, "raw-" + round + "-" + i);
                        event.setDouble(3, points.get(i).y);
                        event.setDouble(4, points.get(i).x);
                        event.setString(5, VILLAGE);
                        event.setString(6, USER);
                        event.setTimestamp(7, now);
                        event.addBatch();
                        step.setLong(1, id);
                        step.setTimestamp(2, now);
                        step.setString(3, USER);
                        step.addBatch();
                    }
                    event.executeBatch();
                    step.executeBatch();
                    connection.commit();
                }
            }
        }
        return events / ((System.nanoTime() - start) / 1e9);
    }

    private static HttpRequest post(String url, String token, String json) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    static String load() throws Exception {
        return Files.readString(Path.of("/proc/loadavg")).trim().split(" ", 4)[0];
    }

    private static double median(double[][] rows, int column) {
        double[] values = Arrays.stream(rows).mapToDouble(r -> r[column]).sorted().toArray();
        return values[values.length / 2];
    }
}
