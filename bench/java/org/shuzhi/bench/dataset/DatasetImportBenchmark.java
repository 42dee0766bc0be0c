package org.shuzhi.bench.dataset;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

import ch.qos.logback.classic.Level;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.shuzhi.catalog.AttachedResource;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.Classification;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.ItemDataType;
import org.shuzhi.catalog.OpenType;
import org.shuzhi.catalog.ResourceFormat;
import org.shuzhi.catalog.Sharing;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.catalog.UpdateCycle;
import org.shuzhi.dataset.internal.LoadHarness;
import org.shuzhi.privacy.DataGrade;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.PersonalInfo;
import org.slf4j.LoggerFactory;

/**
 * Loads a generated CSV ({@link DatasetCsvGenerator}, 1,000,000 rows by default) through the dataset loader — read,
 * check every value (types, resident ID check digit, mobile, region), COPY into staging, duplicate checks, move
 * into the typed table with its key and region indexes, all in one transaction — into a fresh embedded PostgreSQL,
 * several rounds of full replacement and one upsert of the same file; baseline in the same run: plain {@code COPY …
 * CSV} of the same file into a bare table of text columns without indexes or checks.
 *
 * <p>Usage: {@code DatasetImportBenchmark [ROWS=1000000] [ROUNDS=3]} — see {@code bench/dataset-import.sh}.
 */
public final class DatasetImportBenchmark {

    public static void main(String[] args) throws Exception {
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path work = Files.createTempDirectory("shuzhi-bench-dataset");
        Path csv = work.resolve("population.csv");
        DatasetCsvGenerator.write(csv, rows);
        System.out.printf("file: %,d rows, %,d bytes%n", rows, Files.size(csv));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pg"))
                .setCleanDataDirectory(true).setServerConfig("shared_buffers", "256MB")
                .setLocaleConfig("locale", "C.UTF-8").start()) {
            var dataSource = postgres.getPostgresDatabase();
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/dataset").load().migrate();
            LoadHarness harness = new LoadHarness(dataSource);
            CatalogEntry entry = entry();
            List<LoadHarness.Result> loads = new ArrayList<>();
            List<Long> copies = new ArrayList<>();
            for (int i = 1; i <= rounds; i++) {
                LoadHarness.Result load = harness.load(entry, csv, "replace");
                if (!load.status().equals("SUCCEEDED") || load.inserted() != rows) {
                    throw new IllegalStateException("load failed: " + load);
                }
                long copy = copyBaseline(dataSource, csv);
                loads.add(load);
                copies.add(copy);
                System.out.printf("round %d: dataset load (replace) %,d ms, COPY baseline %,d ms%n", i, load.millis(),
                        copy);
            }
            LoadHarness.Result upsert = harness.load(entry, csv, "upsert");
            System.out.printf("upsert of the same file: %,d ms (%,d updated)%n", upsert.millis(), upsert.updated());
            long load = median(loads, LoadHarness.Result::millis);
            long copy = median(copies, Long::longValue);
            System.out.printf("%nmedians of %d rounds, %,d rows:%n", rounds, rows);
            System.out.printf("  dataset load (checked, replace): %,d ms = %,.0f rows/s%n", load, rows * 1000.0 / load);
            System.out.printf("  baseline: plain COPY, bare table: %,d ms = %,.0f rows/s%n", copy, rows * 1000.0 / copy);
            System.out.printf("  ratio load / COPY: %.2f%n", (double) load / copy);
        }
    }

    private static CatalogEntry entry() {
        List<InformationItem> items = List.of(
                item("姓名", "name", ItemDataType.TEXT, FieldType.PERSON_NAME, true, false),
                item("公民身份号码", "id_number", ItemDataType.TEXT, FieldType.RESIDENT_ID, true, true),
                item("手机号码", "mobile", ItemDataType.TEXT, FieldType.MOBILE, false, false),
                item("年龄", "age", ItemDataType.INTEGER, FieldType.PLAIN, false, false),
                item("登记日期", "registered", ItemDataType.DATE, FieldType.PLAIN, false, false),
                item("区划代码", "region_code", ItemDataType.TEXT, FieldType.PLAIN, false, false));
        return new CatalogEntry(1, "320509-bench-0001", 1, null, EntryState.ATTACHED,
                new Classification("01", "001", null, null), "基准测试人口", "benchmark", ResourceFormat.DATABASE,
                UpdateCycle.DAILY, "320509", "320509-ga", DataGrade.IMPORTANT,
                new Sharing(SharingType.UNCONDITIONAL, null, "API", null), OpenType.NOT_OPEN,
                new AttachedResource("DATASET", "bench_population"), List.of(), null, items, null, 0, null);
    }

    private static InformationItem item(String name, String column, ItemDataType type, FieldType field,
            boolean required, boolean key) {
        return new InformationItem(name, column, type, field, field.defaultGrade(), field.personalInfo(), null,
                required, key);
    }

    private static long copyBaseline(javax.sql.DataSource dataSource, Path csv) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists bare_copy");
            statement.execute("create table bare_copy (name text, id_number text, mobile text, age text,"
                    + " registered text, region_code text)");
            long started = System.nanoTime();
            try (InputStream in = Files.newInputStream(csv)) {
                connection.unwrap(PGConnection.class).getCopyAPI()
                        .copyIn("copy bare_copy from stdin with (format csv, header true)", in);
            }
            return (System.nanoTime() - started) / 1_000_000;
        }
    }

    private static <T> long median(List<T> values, ToLongFunction<T> value) {
        long[] sorted = values.stream().mapToLong(value).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
