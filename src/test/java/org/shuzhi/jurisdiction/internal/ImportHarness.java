package org.shuzhi.jurisdiction.internal;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Runs the real {@link DivisionImporter} on a bare {@link DataSource}, without a Spring context — for code outside
 * this package that measures it (the benchmark in {@code bench/java}); nobody listens for its events. The importer itself stays package-private.
 */
public final class ImportHarness {

    /** The figures of one import, copied from the internal report. */
    public record Result(long read, long inserted, long updated, long unchanged, long readMillis,
            long validateMillis, long writeMillis, long totalMillis) {
    }

    private final DivisionImporter importer;

    public ImportHarness(DataSource dataSource) {
        this.importer = new DivisionImporter(dataSource, JdbcClient.create(dataSource),
                new DataSourceTransactionManager(dataSource), event -> { });
    }

    /** Imports the division files in {@code directory}; progress goes to the log (big imports). */
    public Result importDirectory(Path directory) {
        ImportReport r = DivisionFixture.importDirectory(importer, directory);
        return new Result(r.read(), r.inserted(), r.updated(), r.unchanged(), r.readMillis(), r.validateMillis(),
                r.writeMillis(), r.totalMillis());
    }
}
