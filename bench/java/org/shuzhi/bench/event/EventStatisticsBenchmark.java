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
 * rows, then times typical statistics queries confined to the county scope — counts by category, by township and
 * by day for a month and for the year, the on-time rate — as plain SQL with the {@link ScopedSql} predicate, and
 * the list page {@code GET /api/events} over HTTP as 吴江区's dispatcher.
 *
 * <p>Run: {@code bench/event-statistics.sh [events=10000000] [repetitions=5]}.
 */
public final class EventStatisticsBenchmark {

    private static final String COUNTY = "320509";
    private static final int TOWNSHIPS = 14;

    public static void main(String[] args) throws Exception {
        long events = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-statistics");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .logStartupInfo(false)
                .run("--server.port=0", "--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true",
                        "--shuzhi.demo.enabled=true", "--shuzhi.demo.event-year=false", "--logging.level.root=WARN",
                        "--logging.level.org.shuzhi.event.internal.DemoYearGenerator=INFO")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            PlatformCommand generate = app.getBeansOfType(PlatformCommand.class).values().stream()
                    .filter(c -> c.name().equals("demo-event-year")).findFirst().orElseThrow();
            double scale = events * 0.985 / (36_700.0 * TOWNSHIPS);
            long start = System.nanoTime();
            int exit = generate.run(List.of("region=" + COUNTY, "scale=" + scale, "until=2026-12-01",
                    "timeline=false"), System.out, Locale.ENGLISH);
            double generated = (System.nanoTime() - start) / 1e9;
            jdbc.sql("vacuum analyze event.event").update();
            long rows = jdbc.sql("select count(*) from event.event").query(Long.class).single();
            String size = jdbc.sql("select pg_size_pretty(pg_total_relation_size('event.event'))").query(String.class)
                    .single();
            System.out.printf("generated (exit %d) %,d events in %.0f s (%,.0f events/s); "
                    + "table with indexes %s; load %s%n", exit, rows, generated, rows / generated, size,
                    EventIntakeBenchmark.load());
            ScopedSql county = ScopedSql.where(DataScope.of(COUNTY), "region_code", "assigned_department");
            Map<String, String[]> periods = Map.of("month", new String[] {"2026-11-01T00:00+08", "2026-12-01T00:00+08"},
                    "year", new String[] {"2025-12-01T00:00+08", "2026-12-01T00:00+08"});
            System.out.printf("%-46s %12s %10s%n", "query (scope 320509)", "median ms", "rows");
            for (String period : List.of("month", "year")) {
                String[] p = periods.get(period);
                String when = " and reported_at >= cast(:from as timestamptz) and reported_at < cast(:to as timestamptz)";
                time("count by top category, " + period, repetitions, () -> jdbc.sql(
                        "select left(category_code, 2), count(*) from event.event where " + county.sql() + when
                                + " group by 1").params(county.parameters()).param("from", p[0]).param("to", p[1])
                        .query().listOfRows().size());
                time("count by township, " + period, repetitions, () -> jdbc.sql(
                        "select left(region_code, 9), count(*) from event.event where " + county.sql() + when
                                + " group by 1").params(county.parameters()).param("from", p[0]).param("to", p[1])
                        .query().listOfRows().size());
                time("count by day, " + period, repetitions, () -> jdbc.sql(
                        "select date_trunc('day', reported_at at time zone 'Asia/Shanghai'), count(*) from event.event"
                                + " where " + county.sql() + when + " group by 1").params(county.parameters())
                        .param("from", p[0]).param("to", p[1]).query().listOfRows().size());
                time("on-time rate, " + period, repetitions, () -> jdbc.sql(
                        "select count(*) filter (where handled_at <= due_at)::float / nullif(count(handled_at), 0)"
                                + " from event.event where " + county.sql() + when).params(county.parameters())
                        .param("from", p[0]).param("to", p[1]).query().listOfRows().size());
            }
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            String token = token(app, "wj.dispatcher");
            HttpClient http = HttpClient.newHttpClient();
            for (String query : List.of("size=20", "size=20&page=50", "size=20&category=04",
                    "size=20&from=2026-11-01T00:00:00Z&to=2026-12-01T00:00:00Z", "size=20&overdue=true",
                    "size=20&region=320509104")) {
                time("GET /api/events?" + query, repetitions, () -> {
                    HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/events?"
                            + query)).header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() != 200) {
                        throw new IllegalStateException(answer.statusCode() + " " + answer.body());
                    }
                    return answer.body().length();
                });
            }
            System.out.printf("load after: %s%n", EventIntakeBenchmark.load());
        }
    }

    private static String token(ConfigurableApplicationContext app, String user) {
        LoginResult login = app.getBean(Authenticator.class).login(user, "Shuzhi@Demo2026", "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException("cannot sign in: " + login);
        }
        return app.getBean(ApiTokens.class).issue(success.caller(), user, "benchmark", Duration.ofHours(12)).token();
    }

    private static void time(String name, int repetitions, Callable<Integer> query) throws Exception {
        double[] ms = new double[repetitions];
        int rows = 0;
        query.call(); // warm: plan cache and buffers
        for (int i = 0; i < repetitions; i++) {
            long t0 = System.nanoTime();
            rows = query.call();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("%-46s %12.1f %10d   (load %s)%n", name, ms[repetitions / 2], rows, EventIntakeBenchmark.load());
    }
}
