package org.shuzhi.bench.event;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import org.shuzhi.ShuzhiApplication;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.PlatformCommand;
import org.shuzhi.platform.ScopedSql;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Statistics over a large event table: generates a demo year for every township of 吴江区 (320509) with the
 * {@code demo-event-year} command ({@code COPY}, without timelines) until the table holds about {@code events}
 * rows (the generator rebuilds the statistics rollup of those days), then times, confined to the county scope: a
 * count by township and the old list total as plain SQL with the {@link ScopedSql} predicate; the statistics API
 * {@code GET /api/events/statistics} from the events themselves (exact medians, forced with
 * {@code shuzhi.event.statistics.exact-below}) and from the daily rollup; and the list page {@code GET /api/events}
 * — all over HTTP as 吴江区's dispatcher.
 *
 * <p>Run: {@code bench/event-statistics.sh [events=10000000] [repetitions=5] [data-dir]}; with a data dir the
 * database is kept and a later run reuses it.
 */
public final class EventStatisticsBenchmark {

    private static final String COUNTY = "320509";
    private static final int TOWNSHIPS = 14;

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        // a third argument keeps the database: generated once, reused by later runs (a marker file says it is complete)
        Path dataDir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("shuzhi-bench-statistics");
        boolean reuse = Files.exists(dataDir.resolve("bench-generated"));
        // a "clean" embedded database also deletes its directory on shutdown: only temporary ones are cleaned
        boolean clean = args.length <= 2;
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .logStartupInfo(false)
                .run("--server.port=0", "--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=" + clean,
                        "--shuzhi.demo.enabled=true", "--shuzhi.demo.event-year=false", "--logging.level.root=WARN",
                        "--logging.level.org.shuzhi.event.internal.DemoYearGenerator=INFO")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            if (!reuse) {
                generate(app, jdbc, events);
                Files.writeString(dataDir.resolve("bench-generated"), "yes");
            }
            System.out.printf("data dir %s%n", dataDir);
            ScopedSql county = ScopedSql.where(DataScope.of(COUNTY), "region_code", "assigned_department");
            String when = " and reported_at >= cast(:from as timestamptz) and reported_at < cast(:to as timestamptz)";
            time("SQL: count by township, month", repetitions, () -> jdbc.sql(
                    "select left(region_code, 9), count(*) from event.event where " + county.sql() + when
                            + " group by 1").params(county.parameters()).param("from", "2026-11-01T00:00+08")
                    .param("to", "2026-12-01T00:00+08").query().listOfRows().size());
            time("SQL: exact count of the county (old list total)", 1, () -> jdbc.sql(
                    "select count(*) from event.event where " + county.sql()).params(county.parameters())
                    .query(Long.class).single().intValue());
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String token = token(app, "wj.dispatcher");
            HttpClient http = HttpClient.newHttpClient();
            // the statistics API: from the events themselves (exact medians, as before the rollup), then from the rollup
            String month = "from=2026-11-01&to=2026-11-30";
            String year = "from=2025-12-01&to=2026-11-30";
            for (boolean raw : List.of(true, false)) {
                System.setProperty("shuzhi.event.statistics.exact-below", raw ? String.valueOf(Long.MAX_VALUE) : "50000");
                String how = raw ? "raw " : "rollup ";
                for (String query : List.of(month + "&by=day", month + "&by=region", month + "&by=category",
                        month + "&by=source", month + "&by=grid", year + "&by=day", year + "&by=region",
                        year + "&by=category", year + "&by=department")) {
                    // the raw year queries take minutes in all: one timed run, no warm-up
                    boolean slow = raw && query.startsWith("from=2025");
                    if (slow && !query.endsWith("by=day")) {
                        continue;
                    }
                    time(how + "GET /api/events/statistics?" + query, slow ? 1 : repetitions, !slow,
                            () -> get(http, base, token, "/api/events/statistics?" + query));
                }
            }
            System.clearProperty("shuzhi.event.statistics.exact-below");
            for (String query : List.of("size=20", "size=20&page=50", "size=20&category=04",
                    "size=20&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z", "size=20&overdue=true",
                    "size=20&region=320509104")) {
                time("GET /api/events?" + query, repetitions, () -> get(http, base, token, "/api/events?" + query));
            }
            System.out.printf("load after: %s%n", EventIntakeBenchmark.load());
        }
    }

    /** Generates the county's demo years (the generator rebuilds the statistics rollup of those days too). */
    private static void generate(ConfigurableApplicationContext app, JdbcClient jdbc, long events) throws Exception {
        PlatformCommand generate = app.getBeansOfType(PlatformCommand.class).values().stream()
                .filter(c -> c.name().equals("demo-event-year")).findFirst().orElseThrow();
        double scale = events * 0.985 / (36_700.0 * TOWNSHIPS);
        long start = System.nanoTime();
        int exit = generate.run(List.of("region=" + COUNTY, "scale=" + scale, "until=2026-12-01",
                "timeline=false"), System.out, Locale.ENGLISH);
        double generated = (System.nanoTime() - start) / 1e9;
        jdbc.sql("vacuum analyze event.event").update();
        jdbc.sql("vacuum analyze event.daily_stats").update();
        long rows = jdbc.sql("select count(*) from event.event").query(Long.class).single();
        String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('event.event'))").query(String.class)
                .single();
        String rollup = jdbc.sql("select count(*) || ' rows, ' || pg_size_pretty(pg_total_relation_size("
                + "'event.daily_stats')) from event.daily_stats").query(String.class).single();
        System.out.printf("generated (exit %d) %,d events in %.0f s (%,.0f events/s, rollup rebuild included); "
                + "table with indexes %s; rollup %s; load %s%n", exit, rows, generated, rows / generated, size,
                rollup, EventIntakeBenchmark.load());
    }

    private static int get(HttpClient http, String base, String token, String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(answer.statusCode() + " " + answer.body());
        }
        return answer.body().length();
    }

    private static String token(ConfigurableApplicationContext app, String user) {
        LoginResult login = app.getBean(Authenticator.class).login(user, "Shuzhi@Demo2026", "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException("cannot sign in: " + login);
        }
        return app.getBean(ApiTokens.class).issue(success.caller(), user, "benchmark", Duration.ofHours(12)).token();
    }

    private static void time(String name, int repetitions, Callable<Integer> query) throws Exception {
        time(name, repetitions, true, query);
    }

    private static void time(String name, int repetitions, boolean warm, Callable<Integer> query) throws Exception {
        double[] ms = new double[repetitions];
        int rows = 0;
        if (warm) {
            query.call(); // plan cache and buffers
        }
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            rows = query.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-76s %12.1f %10d   (load %s)%n", name, ms[repetitions / 2], rows, EventIntakeBenchmark.load());
    }
}
