package org.shuzhi.dataset.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The dataset loader wired by hand on a bare data source (only the dataset migrations applied), for benchmarks:
 * the same code path as an upload, without the web layer and the catalog.
 */
public final class LoadHarness {

    /** How a load ended and how long it took. */
    public record Result(String status, long rows, long inserted, long updated, long errors, long millis) {
    }

    private final DatasetLoader loader;
    private final LoadRepository loads;
    private final Clock clock = Clock.systemUTC();

    public LoadHarness(DataSource dataSource) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.loads = new LoadRepository(jdbc, json, transactions);
        this.loader = new DatasetLoader(dataSource, transactions, new DatasetTables(jdbc),
                new DatasetRegistry(jdbc, json, java.time.Duration.ofSeconds(5)), loads, clock);
    }

    /** Loads {@code file} (CSV) for {@code entry}, {@code replace} or {@code upsert}, as the system. */
    public Result load(CatalogEntry entry, Path file, String mode) throws Exception {
        long started = System.nanoTime();
        LoadMode loadMode = LoadMode.of(mode);
        long id = loads.queue(entry, loadMode, FileFormat.CSV, file.getFileName().toString(), Files.size(file),
                "bench", Instant.now(clock), DataScope.all()).orElseThrow();
        LoadView view = loader.run(new DatasetLoader.Request(id, entry, loadMode, FileFormat.CSV, file),
                DataScope.all()).orElseThrow();
        long millis = (System.nanoTime() - started) / 1_000_000;
        LoadReport report = view.report();
        return new Result(view.status(), report.rows(), report.inserted(), report.updated(), report.errorCount(),
                millis);
    }
}
