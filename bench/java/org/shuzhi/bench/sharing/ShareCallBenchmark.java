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
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.SocialCreditCode;
import org.shuzhi.support.RunningNode;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.privacy.MobileNumber;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sharing API calls per second over HTTP — bearer authentication, rate limit, catalog lookup, the rows through
 * {@code Datasets} over the entry's dataset table (loaded through the real upload), masking, the hash-chained audit entry written before the answer, the queued
 * statistics row — against the same query through plain JDBC from as many threads, in the same run, and against
 * the platform's HTTP floor (the health endpoint through the same client), which shows what the machine allows.
 *
 * <p>Run: {@code bench/share-calls.sh [threads=32] [seconds=15] [rows=100000] [warm-up seconds=120]}.
 */
public final class ShareCallBenchmark {

    /** An unconditional demo entry of 吴江区 (市场主体登记信息) with a dataset attached. */
    static final String ENTRY = "320509-scjg-0001";

    public static void main(String[] args) throws Exception {
        int threads = args.length > 0 ? Integer.parseInt(args[0]) : 32;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        int warmUp = args.length > 3 ? Integer.parseInt(args[3]) : 120;
        Path dataDir = Files.createTempDirectory("shuzhi-bench-sharing");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ShuzhiApplication.class)
                .initializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludesTestConfigurations",
                        new RunningNode.ExcludeTestConfigurations()))
                .logStartupInfo(false)
                .run("--shuzhi.data-dir=" + dataDir, "--shuzhi.database.embedded.clean=true", "--server.port=0",
                        "--shuzhi.demo.enabled=true", "--shuzhi.sharing.rate-limit.default=1000000",
                        "--server.tomcat.threads.max=" + System.getProperty("tomcat.threads", "64"), "--logging.level.root=WARN")) {
            DataSource dataSource = app.getBean(DataSource.class);
            JdbcTemplate jdbc = new JdbcTemplate(dataSource);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String table = load(app, port, rows);
            String token = token(app, "wj.api");
            // the JIT keeps compiling and recompiling the stack for minutes (a run with a short warm-up measured 1,388
            // sharing calls/s first and 2,424 three phases later): warm up as long as a server that has been running
            for (int round = 0; round < warmUp / 20; round++) {
                run(threads, 10, () -> httpCall(port, token, rows));
                run(threads, 5, () -> grantsCall(port, token));
                run(threads, 5, () -> healthCall(port));
            }
            System.out.println("measuring: sharing API");
            long auditBefore = audited(jdbc);
            Result http = run(threads, seconds, () -> httpCall(port, token, rows));
            long auditAfter = audited(jdbc);
            Result floor = run(threads, seconds, () -> healthCall(port));
            Result authenticated = run(threads, seconds, () -> grantsCall(port, token));
            Result plain = run(threads, seconds, () -> jdbcCall(dataSource, table, rows));
            System.out.printf("sharing calls, %d threads, %d s each, %,d rows, %s%n", threads, seconds, rows, machine());
            System.out.printf("  sharing API over HTTP (masking, audit)  %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms  JVM CPU %.2f ms/call  (%d errors)%n",
                    http.perSecond(), http.p50(), http.p99(), http.cpuPerCall(), http.errors());
            System.out.printf("  HTTP floor: GET /actuator/health         %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms  JVM CPU %.2f ms/call%n",
                    floor.perSecond(), floor.p50(), floor.p99(), floor.cpuPerCall());
            System.out.printf("  bearer floor: GET /api/sharing/grants    %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms  JVM CPU %.2f ms/call%n",
                    authenticated.perSecond(), authenticated.p50(), authenticated.p99(), authenticated.cpuPerCall());
            System.out.printf("  baseline: same query, plain JDBC        %,9.0f calls/s  p50 %5.2f ms  p99 %6.2f ms  JVM CPU %.2f ms/call%n",
                    plain.perSecond(), plain.p50(), plain.p99(), plain.cpuPerCall());
            System.out.printf("  ratio API / JDBC                        %.2f%n", http.perSecond() / plain.perSecond());
            System.out.printf("  node CPU per call (server JVM without the load generator, plus PostgreSQL) and what%n"
                    + "  %d cores serve at that cost with the callers elsewhere:%n", Runtime.getRuntime().availableProcessors());
            for (var named : java.util.List.of(java.util.Map.entry("sharing API", http), java.util.Map.entry("health", floor),
                    java.util.Map.entry("bearer floor", authenticated), java.util.Map.entry("plain JDBC", plain))) {
                System.out.printf("    %-13s %.3f ms/call -> %,9.0f calls/s%n", named.getKey(), named.getValue().nodePerCall(),
                        named.getValue().capacity());
            }
            System.out.printf("  share.call audit records written        %,d (calls measured and warm-up: %,d)%n",
                    auditAfter - auditBefore, http.total());
        }
    }

    /**
     * Replaces the rows of the demo entry's dataset with {@code rows} generated market entities through the real
     * upload (CSV over HTTP as the district's administrator, every value checked by the loader); answers the table.
     */
    private static String load(ConfigurableApplicationContext app, int port, int rows) throws Exception {
        CatalogEntry entry = app.getBean(Catalog.class).published(ENTRY, DataScope.all()).orElseThrow();
        StringBuilder csv = new StringBuilder("uscc,entity_name,legal_rep,domicile\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(uscc(i)).append(",示例企业").append(i).append("有限公司,王某").append(i % 100)
                    .append(",示例路").append(i).append("号，电话 1390512").append(String.format("%04d", i % 10000))
                    .append('\n');
        }
        String admin = token(app, "wj.admin");
        long started = System.nanoTime();
        HttpResponse<String> queued = CLIENTS.get().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/catalog/entries/" + entry.id() + "/dataset?mode=replace&name=bench.csv"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(), HttpResponse.BodyHandlers.ofString());
        String href = queued.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "upload refused: " + queued.statusCode() + " " + queued.body()));
        while (true) {
            String load = CLIENTS.get().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + href))
                    .header("Authorization", "Bearer " + admin).build(), HttpResponse.BodyHandlers.ofString()).body();
            if (load.contains("\"SUCCEEDED\"")) {
                break;
            }
            if (load.contains("\"FAILED\"")) {
                throw new IllegalStateException("load failed: " + load);
            }
            Thread.sleep(200);
        }
        System.out.printf("loaded %,d rows through the upload in %,d ms%n", rows, (System.nanoTime() - started) / 1_000_000);
        return "dataset.ds_" + entry.id();
    }

    private static String uscc(int n) {
        String first17 = "91320509" + String.format("MB%07d", n);
        return first17 + SocialCreditCode.checkCharacter(first17);
    }

    private static String token(ConfigurableApplicationContext app, String username) {
        LoginResult login = app.getBean(Authenticator.class).login(username, "Shuzhi@Demo2026", "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException(username + " cannot sign in: " + login);
        }
        return app.getBean(ApiTokens.class).issue(success.caller(), username, "benchmark", Duration.ofHours(2)).token();
    }

    /** share.call entries: each is committed before its call answers, so the count is complete when calls end. */
    private static long audited(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from audit.record where action = 'share.call'", Long.class);
    }

    private static final AtomicLong FAILURES = new AtomicLong();

    private static final ThreadLocal<HttpClient> CLIENTS = ThreadLocal.withInitial(() -> HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).build());

    private static final ThreadLocal<RawHttp> RAW = new ThreadLocal<>();

    private static RawHttp raw(int port) {
        RawHttp client = RAW.get();
        if (client == null) {
            client = new RawHttp("127.0.0.1", port);
            RAW.set(client);
        }
        return client;
    }

    private static boolean httpCall(int port, String token, int rows) throws Exception {
        String key = uscc(ThreadLocalRandom.current().nextInt(1, rows + 1));
        RawHttp.Response response = raw(port).get("/api/share/" + ENTRY + "/rows?key=" + key, token);
        boolean ok = response.status() == 200 && response.body().contains(key)
                && !MobileNumber.CANDIDATE.matcher(response.body()).results().anyMatch(m -> MobileNumber.isValid(m.group()));
        if (!ok && FAILURES.incrementAndGet() <= 3) {
            System.out.println("failed call: " + response.status() + " " + response.body());
        }
        return ok;
    }

    /** The platform's HTTP stack with little work (the health endpoint asks the database whether it is up). */
    private static boolean healthCall(int port) throws Exception {
        return raw(port).get("/actuator/health", null).status() == 200;
    }

    /** An authenticated call with one small scoped query and no audit entry: the bearer token's cost on top. */
    private static boolean grantsCall(int port, String token) throws Exception {
        return raw(port).get("/api/sharing/grants?limit=1", token).status() == 200;
    }

    /** What the dataset module runs for one key in the caller's row scope: the row and its total in one statement. */
    private static boolean jdbcCall(DataSource dataSource, String table, int rows) throws Exception {
        String key = uscc(ThreadLocalRandom.current().nextInt(1, rows + 1));
        try (Connection c = dataSource.getConnection(); PreparedStatement page = c.prepareStatement(
                "select \"uscc\", \"entity_name\", \"legal_rep\", \"domicile\", count(*) over () as _total from "
                        + table + " where (_region collate \"C\" >= ? and _region collate \"C\" < ?) and \"uscc\" = ?"
                        + " order by _row limit ? offset ?")) {
            bind(page, key);
            page.setInt(4, 20);
            page.setInt(5, 0);
            try (ResultSet rs = page.executeQuery()) {
                return rs.next() && key.equals(rs.getString(1));
            }
        }
    }

    private static void bind(PreparedStatement statement, String key) throws Exception {
        statement.setString(1, "320509");
        statement.setString(2, "32050:");
        statement.setString(3, key);
    }

    /** A call that answers whether it succeeded. */
    interface Call {
        boolean run() throws Exception;
    }

    /**
     * @param cpuPerCall  CPU milliseconds of this JVM (server and load generator, not PostgreSQL) per call, over the
     *                    whole phase including its warm-up
     * @param nodePerCall CPU milliseconds per call of what a node runs — this JVM without the load generator's
     *                    threads, plus the PostgreSQL server's processes — over the same calls
     */
    record Result(double perSecond, double p50, double p99, long errors, long total, double cpuPerCall,
            double nodePerCall) {

        /** Calls per second the node's cores could serve if the callers ran elsewhere: cores / CPU per call. */
        double capacity() {
            return Runtime.getRuntime().availableProcessors() * 1000.0 / nodePerCall;
        }
    }

    /** CPU nanoseconds of the PostgreSQL server processes so far (user and system, from /proc). */
    private static long postgresCpuNanos() {
        long ticks = 0;
        java.io.File[] processes = new java.io.File("/proc").listFiles(f -> f.getName().matches("[0-9]+"));
        for (java.io.File process : processes == null ? new java.io.File[0] : processes) {
            try {
                String stat = Files.readString(process.toPath().resolve("stat"));
                int close = stat.lastIndexOf(')');
                if (!stat.substring(stat.indexOf('(') + 1, close).equals("postgres")) {
                    continue;
                }
                String[] fields = stat.substring(close + 2).split(" ");
                ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            } catch (java.io.IOException | RuntimeException gone) {
                // a process that ended meanwhile
            }
        }
        return ticks * 10_000_000L; // USER_HZ = 100 on Linux
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static Result run(int threads, int seconds, Call call) throws InterruptedException {
        long cpuBefore = processCpuNanos();
        long postgresBefore = postgresCpuNanos();
        java.util.concurrent.atomic.AtomicLong clientCpu = new java.util.concurrent.atomic.AtomicLong();
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
                clientCpu.addAndGet(java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
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
                all[(int) (all.length * 0.99)] / 1e6, errors.get(), total.get(),
                (processCpuNanos() - cpuBefore) / 1e6 / total.get(),
                (processCpuNanos() - cpuBefore - clientCpu.get() + postgresCpuNanos() - postgresBefore) / 1e6 / total.get());
    }

    private static String machine() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return Runtime.getRuntime().availableProcessors() + " cores, load " + String.format("%.1f", load);
    }
}
