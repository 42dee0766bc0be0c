package org.shuzhi.bench.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.shuzhi.ShuzhiApplication;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditPage;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.platform.DataScope;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What an auditor's search costs on a log of 1,000,000 records: {@link AuditLog#search} (the newest page of 50,
 * the total, the newer/older check) for a county, a township, a department and another province, each filter on
 * its own, and a deep page; then the scope-only searches again with the scope index of migration V302 dropped —
 * the baseline, in the same run.
 *
 * <p>The records imitate a county-heavy platform: 45 % of actors labelled 吴江区 (320509), 25 % one of its
 * townships, 8 % a 吴江 department, 2 % 平望镇 (320509104), 15 % 甘肃 (62…), 5 % without a scope (unknown names);
 * 2,000 actors, 8 actions, spread over 180 days. Hashes are random: searching does not read them.
 *
 * <p>Run: {@code bench/audit-search.sh [rows] [repetitions]}.
 */
public final class AuditSearchBenchmark {

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-audit-search");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .web(WebApplicationType.NONE).logStartupInfo(false)
                .run("--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true",
                        "--shuzhi.demo.enabled=false", "--logging.level.root=WARN")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            AuditLog audit = app.getBean(AuditLog.class);
            long start = System.nanoTime();
            load(jdbc, rows);
            System.out.printf("loaded %,d records in %.1f s; %d cores%n", rows, (System.nanoTime() - start) / 1e9,
                    Runtime.getRuntime().availableProcessors());
            Instant newest = jdbc.sql("select max(recorded_at) from audit.record").query(Instant.class).single();
            Map<String, Search> scopes = scopeSearches(audit);
            System.out.printf("%-46s %10s %10s %9s%n", "AuditLog.search: page of 50 + total", "median ms",
                    "total", "on page");
            Map<String, Double> withIndex = new LinkedHashMap<>();
            scopes.forEach((name, search) -> withIndex.put(name, report(name, repetitions, search)));
            DataScope county = DataScope.of("320509");
            report("county, actor = user0042", repetitions, () -> audit.search(query(null, null, "user0042", null,
                    null, null, null), county));
            report("county, action prefix user.", repetitions, () -> audit.search(query(null, null, null, "user.",
                    null, null, null), county));
            report("county, target = resource:R-777", repetitions, () -> audit.search(query(null, null, null, null,
                    "resource:R-777", null, null), county));
            report("county, outcome = DENIED", repetitions, () -> audit.search(query(null, null, null, null, null,
                    Outcome.DENIED, null), county));
            report("county, request id", repetitions, () -> audit.search(query(null, null, null, null, null, null,
                    "req-500001"), county));
            report("county, one day a month ago", repetitions, () -> audit.search(query(
                    newest.minus(30, ChronoUnit.DAYS), newest.minus(29, ChronoUnit.DAYS), null, null, null, null,
                    null), county));
            report("county, page before the middle record", repetitions, () -> audit.search(new AuditQuery(null,
                    null, null, null, null, null, null, (long) rows / 2, null, 50), county));
            jdbc.sql("drop index audit.record_scope_seq_idx").update();
            jdbc.sql("analyze audit.record").update();
            System.out.println("baseline: without the scope index (actor_scope collate \"C\", seq)");
            scopes.forEach((name, search) -> {
                double median = report(name, repetitions, search);
                System.out.printf("%-46s %10.2f×%n", "  index speed-up", median / withIndex.get(name));
            });
        }
    }

    private static Map<String, Search> scopeSearches(AuditLog audit) {
        Map<String, Search> searches = new LinkedHashMap<>();
        AuditQuery newestPage = AuditQuery.newest();
        searches.put("scope 320509 (county)", () -> audit.search(newestPage, DataScope.of("320509")));
        searches.put("scope 320509104 (township, 2 %)", () -> audit.search(newestPage, DataScope.of("320509104")));
        searches.put("scope 320509 / dept 320509-cg",
                () -> audit.search(newestPage, DataScope.of("320509").onlyDepartments(Set.of("320509-cg"))));
        searches.put("scope 62 (province)", () -> audit.search(newestPage, DataScope.of("62")));
        return searches;
    }

    private interface Search extends Supplier<AuditPage> {
    }

    private static AuditQuery query(Instant from, Instant to, String actor, String action, String target,
            Outcome outcome, String requestId) {
        return new AuditQuery(from, to, actor, action, target, outcome, requestId, null, null, 50);
    }

    private static void load(JdbcClient jdbc, int rows) {
        jdbc.sql("""
                insert into audit.record (seq, recorded_at, actor, actor_scope, action, target, outcome, client_ip,
                                          request_id, details, prev_hash, hash)
                select g, now() - ((:rows - g) * (180.0 * 86400 / :rows)) * interval '1 second',
                       'user' || lpad((g % 2000)::text, 4, '0'),
                       case when g % 100 < 45 then '320509'
                            when g % 100 < 70 then '320509' || lpad((101 + g % 9)::text, 3, '0')
                            when g % 100 < 78 then '320509/320509-' || (array['cg','ga','mz'])[1 + g % 3]
                            when g % 100 < 80 then '320509104'
                            when g % 100 < 95 then '62' || lpad((1 + g % 14)::text, 2, '0')
                            else null end,
                       (array['auth.login','auth.login','auth.login','personal.unmasked','user.update',
                              'role.assign','token.issue','audit.export'])[1 + g % 8],
                       'resource:R-' || (g % 5000),
                       case when g % 50 = 0 then 'DENIED' when g % 10 = 0 then 'FAILURE' else 'SUCCESS' end,
                       '10.0.' || (g % 256) || '.' || (g % 200), 'req-' || g, '{"n":1}',
                       decode(md5(g::text) || md5(g::text), 'hex'), decode(md5((g + 1)::text) || md5(g::text), 'hex')
                from generate_series(1, :rows) g""").param("rows", rows).update();
        jdbc.sql("vacuum analyze audit.record").update();
    }

    private static double report(String name, int repetitions, Supplier<AuditPage> search) {
        AuditPage page = null;
        for (int i = 0; i < Math.min(5, repetitions); i++) {
            page = search.get();
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            page = search.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = millis[repetitions / 2];
        System.out.printf("%-46s %10.2f %10s %9d%n", name, median, page.total() + (page.totalCapped() ? "+" : ""),
                page.records().size());
        return median;
    }
}
