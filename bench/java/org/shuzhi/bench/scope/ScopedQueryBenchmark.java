package org.shuzhi.bench.scope;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.shuzhi.ShuzhiApplication;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the data-scope predicate costs: the same page and count queries over 1,000,000 rows spread over the demo
 * villages, without a scope (the baseline) and scoped to a province, a county and a township, in the same run.
 *
 * <p>Run: {@code bench/scoped-query.sh [rows] [repetitions]}.
 */
public final class ScopedQueryBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-scope");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true",
                        "--shuzhi.demo.enabled=true", "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long loadStart = System.nanoTime();
            load(jdbc, rows);
            System.out.printf("loaded %,d rows in %.1f s; %d cores%n", rows, (System.nanoTime() - loadStart) / 1e9,
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("%-34s %12s %12s %10s%n", "query", "median µs", "rows seen", "vs base");
            double pageBase = report("page of 50, no scope (baseline)", repetitions, () -> page(jdbc, null), 0);
            for (String root : List.of("32", "320509", "320509104")) {
                report("page of 50, scope " + root, repetitions, () -> page(jdbc, DataScope.of(root)), pageBase);
            }
            report("page of 50, empty scope", repetitions, () -> page(jdbc, DataScope.none()), pageBase);
            double countBase = report("count, no scope (baseline)", Math.max(5, repetitions / 20),
                    () -> count(jdbc, null), 0);
            for (String root : List.of("32", "320509", "320509104")) {
                report("count, scope " + root, Math.max(5, repetitions / 20), () -> count(jdbc, DataScope.of(root)),
                        countBase);
            }
        }
    }

    private static void load(JdbcClient jdbc, int rows) {
        jdbc.sql("""
                create table public.bench_scoped (id bigserial primary key, region_code varchar(15) collate "C" not null,
                  department_code text, created_at timestamptz not null, payload text)""").update();
        // every row hangs from a real demo village, spread evenly; created_at spreads over a year
        jdbc.sql("""
                insert into public.bench_scoped (region_code, department_code, created_at, payload)
                select v.codes[1 + g % array_length(v.codes, 1)] || lpad((g % 30 + 1)::text, 3, '0'), 'D' || (g % 7),
                       now() - (g % 525600) * interval '1 minute', md5(g::text)
                from generate_series(1, :rows) g,
                     (select array_agg(code order by code) as codes from jurisdiction.division where level = 5) v""")
                .param("rows", rows).update();
        jdbc.sql("create index bench_scoped_region_time on public.bench_scoped (region_code, created_at desc)").update();
        jdbc.sql("create index bench_scoped_time on public.bench_scoped (created_at desc)").update();
        jdbc.sql("vacuum analyze public.bench_scoped").update();
    }

    private static long page(JdbcClient jdbc, DataScope scope) {
        ScopedSql where = scope == null ? new ScopedSql("true", java.util.Map.of())
                : ScopedSql.where(scope, "region_code", "department_code");
        return jdbc.sql("select id, region_code, created_at from public.bench_scoped where " + where.sql()
                + " order by created_at desc limit 50").params(where.parameters()).query().listOfRows().size();
    }

    private static long count(JdbcClient jdbc, DataScope scope) {
        ScopedSql where = scope == null ? new ScopedSql("true", java.util.Map.of())
                : ScopedSql.where(scope, "region_code", "department_code");
        return jdbc.sql("select count(*) from public.bench_scoped where " + where.sql()).params(where.parameters())
                .query(Long.class).single();
    }

    private static double report(String name, int repetitions, Supplier<Long> query, double baseline) {
        long seen = 0;
        for (int i = 0; i < Math.min(20, repetitions); i++) {
            seen = query.get();
        }
        double[] micros = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            seen = query.get();
            micros[i] = (System.nanoTime() - start) / 1e3;
        }
        Arrays.sort(micros);
        double median = micros[repetitions / 2];
        System.out.printf("%-34s %12.0f %12d %10s%n", name, median, seen,
                baseline > 0 ? String.format("%.2f×", median / baseline) : "—");
        return median;
    }
}
