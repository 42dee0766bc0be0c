package org.shuzhi.bench.sharing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.shuzhi.ShuzhiApplication;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.privacy.MobileNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sharing API calls per second over HTTP — bearer authentication, rate limit, catalog lookup, the rows through
 * {@code Datasets} over a real table, masking, the hash-chained audit entry written before the answer, the queued
 * statistics row — against the same query through plain JDBC from as many threads, in the same run, and against
 * the platform's HTTP floor (the health endpoint through the same client), which shows what the machine allows.
 *
 * <p>Run: {@code bench/share-calls.sh [threads=32] [seconds=15] [rows=100000]}.
 */
public final class ShareCallBenchmark {

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-sharing");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class, TableDatasets.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestConfigurations",
                        new ExcludeTestConfigurations()))
                .logStartupInfo(false)
                .run("--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true", "--server.port=0",
                        "--shuzhi.demo.enabled=true", "--shuzhi.sharing.rate-limit.default=1000000",
                        "--server.tomcat.threads.max=64", "--logging.level.root=WARN")) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            load(jdbc, rows);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String token = token(app);
            long auditBefore = audited(jdbc);
            Result http = run(threads, seconds, () -> httpCall(port, token, rows));
            long auditAfter = audited(jdbc);
            Result floor = run(threads, seconds, () -> healthCall(port));
            Result authenticated = run(threads, seconds, () -> grantsCall(port, token));
            Result plain = run(threads, seconds, () -> jdbcCall(dataSource, rows));
            System.out.printf("sharing calls, %d threads, %d s each, %,d rows, %s%n", threads, seconds, rows, machine());
            System.out.printf("  sharing API over HTTP (masking, audit)  %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms  (%d errors)%n",
                    http.perSecond(), http.p50(), http.p99(), http.errors());
            System.out.printf("  HTTP floor: GET /actuator/health         %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms%n",
                    floor.perSecond(), floor.p50(), floor.p99());
            System.out.printf("  bearer floor: GET /api/sharing/grants    %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms%n",
                    authenticated.perSecond(), authenticated.p50(), authenticated.p99());
            System.out.printf("  baseline: same query, plain JDBC        %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms%n",
                    plain.perSecond(), plain.p50(), plain.p99());
            System.out.printf("  ratio API / JDBC                        %.2f%n", http.perSecond() / plain.perSecond());
            System.out.printf("  share.call audit records written        %,d (calls measured and warm-up: %,d)%n",
                    auditAfter - auditBefore, http.total());
        }
    }

    /** Excludes the test configurations on the class path (as a Spring Boot test context would). */
    static final class ExcludeTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ExcludeTestConfigurations;
        }

        @Override
        public int hashCode() {
            return ExcludeTestConfigurations.class.hashCode();
        }
    }

    private static void load(JdbcTemplate jdbc, int rows) {
        jdbc.execute("create schema if not exists bench");
        jdbc.execute("""
                create table bench.entities (uscc text collate "C" primary key, region text collate "C" not null,
                    entity_name text not null, legal_rep text, domicile text)""");
        jdbc.update("""
                insert into bench.entities
                select 'B' || lpad(i::text, 17, '0'), '320509' || lpad((100 + i % 12)::text, 3, '0'), '示例企业' || i,
                       '王某' || (i % 100), '示例路' || i || '号，电话 1390512' || lpad((i % 10000)::text, 4, '0')
                  from generate_series(1, ?) i""", rows);
        jdbc.execute("create index on bench.entities (region)");
        jdbc.execute("analyze bench.entities");
    }

    private static String token(ConfigurableApplicationContext app) {
        LoginResult login = app.getBean(Authenticator.class).login("wj.api", "Shuzhi@Demo2026", "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException("wj.api cannot sign in: " + login);
        }
        return app.getBean(ApiTokens.class).issue(success.caller(), "wj.api", "benchmark", Duration.ofHours(2)).token();
    }

    /** share.call entries: each is committed before its call answers, so the count is complete when calls end. */
    private static long audited(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from audit.record where action = 'share.call'", Long.class);
    }

    private static final AtomicLong FAILURES = new AtomicLong();

    private static final ThreadLocal<HttpClient> CLIENTS = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build());

    private static boolean httpCall(int port, String token, int rows) throws Exception {
        String key = "B" + String.format("%017d", ThreadLocalRandom.current().nextInt(1, rows + 1));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/share/" + TableDatasets.ENTRY + "/rows?key=" + key))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        HttpResponse<String> response = CLIENTS.get().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && FAILURES.incrementAndGet() <= 3) {
            System.out.println("failed call: " + response.statusCode() + " " + response.body());
        }
        boolean ok = response.statusCode() == 200 && response.body().contains(key)
                && !MobileNumber.CANDIDATE.matcher(response.body()).results().anyMatch(m -> MobileNumber.isValid(m.group()));
        if (!ok && FAILURES.incrementAndGet() <= 3) {
            System.out.println("failed call: " + response.statusCode() + " " + response.body());
        }
        return ok;
    }

    /** The platform's HTTP stack with next to no work: what any endpoint costs at least on this machine now. */
    private static boolean healthCall(int port) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).build();
        return CLIENTS.get().send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    /** An authenticated call with one small scoped query and no audit entry: the bearer token's cost on top. */
    private static boolean grantsCall(int port, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/sharing/grants?limit=1"))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").build();
        return CLIENTS.get().send(request, HttpResponse.BodyHandlers.ofString()).statusCode() == 200;
    }

    private static boolean jdbcCall(DataSource dataSource, int rows) throws Exception {
        String key = "B" + String.format("%017d", ThreadLocalRandom.current().nextInt(1, rows + 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(TableDatasets.sql(
                "(region collate \"C\" >= ? and region collate \"C\" < ?)", TableDatasets.COLUMNS, true)
                .replace(":uscc", "?").replace(":limit", "?").replace(":offset", "?"))) {
            ps.setString(1, "320509");
            ps.setString(2, "32050:");
            ps.setString(3, key);
            ps.setInt(4, 20);
            ps.setInt(5, 0);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && key.equals(rs.getString(1));
            }
        }
    }

    /** A call that answers whether it succeeded. */
    interface Call {
        boolean run() throws Exception;
    }

    record Result(double perSecond, double p50, double p99, long errors, long total) {
    }

    private static Result run(int threads, int seconds, Call call) throws InterruptedException {
        long warmUntil = System.nanoTime() + Duration.ofSeconds(Math.max(3, seconds / 3)).toNanos();
        AtomicLong measuring = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong total = new AtomicLong();
        long[][] latencies = new long[threads][];
        Thread[] workers = new Thread[threads];
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            int id = t;
            workers[t] = new Thread(() -> {
                long[] mine = new long[1 << 20];
                int n = 0;
                while (true) {
                    long start = System.nanoTime();
                    boolean ok;
                    try {
                        ok = call.run();
                    } catch (Exception e) {
                        if (FAILURES.incrementAndGet() <= 3) {
                            System.out.println("failed call: " + e);
                        }
                        ok = false;
                    }
                    long end = System.nanoTime();
                    total.incrementAndGet();
                    if (start >= warmUntil) {
                        if (end > window[1] && window[1] != 0) {
                            break;
                        }
                        measuring.incrementAndGet();
                        if (!ok) {
                            errors.incrementAndGet();
                        }
                        if (n < mine.length) {
                            mine[n++] = end - start;
                        }
                    }
                }
                latencies[id] = Arrays.copyOf(mine, n);
            });
        }
        window[0] = warmUntil;
        window[1] = warmUntil + Duration.ofSeconds(seconds).toNanos();
        for (Thread w : workers) {
            w.start();
        }
        for (Thread w : workers) {
            w.join();
        }
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        return new Result(measuring.get() / (double) seconds, all[all.length / 2] / 1e6,
                all[(int) (all.length * 0.99)] / 1e6, errors.get(), total.get());
    }

    private static String machine() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, load " + String.format("%.1f", load);
    }
}
