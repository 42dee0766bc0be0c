package org.shuzhi.dataset.internal;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.platform.DataScope;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one load, all or nothing: in one transaction the file is read and checked row by row, the rows that pass
 * are copied into a staging table, duplicates are looked for there, and only when nothing was wrong are the rows
 * moved into the dataset's table (replaced or upserted) and the load marked succeeded — in the same commit. A
 * file with any error rolls back: the dataset is as it was, and the load is marked failed with its report.
 */
@Component
class DatasetLoader {

    private static final long PROGRESS_NANOS = 500_000_000L;
    private static final int DUPLICATE_GROUPS = 20;

    private final DataSource dataSource;
    private final TransactionTemplate transaction;
    private final DatasetTables tables;
    private final DatasetRegistry registry;
    private final LoadRepository loads;
    private final Clock clock;

    DatasetLoader(DataSource dataSource, PlatformTransactionManager transactions, DatasetTables tables,
            DatasetRegistry registry, LoadRepository loads, Clock clock) {
        this.dataSource = dataSource;
        this.transaction = new TransactionTemplate(transactions);
        this.tables = tables;
        this.registry = registry;
        this.loads = loads;
        this.clock = clock;
    }

    /** What a load is asked to do. */
    record Request(long loadId, CatalogEntry entry, LoadMode mode, FileFormat format, Path file) {
    }

    /** Runs a queued load to its end and returns it as it ended; file problems end it FAILED, they do not throw. */
    Optional<LoadView> run(Request request, DataScope scope) {
        loads.started(request.loadId(), clock.instant(), scope);
        AtomicLong rows = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        LoadReport report = transaction.execute(status -> {
            LoadReport result = load(request, rows, bytes, scope);
            if (result.failed()) {
                status.setRollbackOnly();
            } else {
                loads.finished(request.loadId(), true, result, rows.get(), bytes.get(), clock.instant(), scope);
            }
            return result;
        });
        if (report.failed()) {
            loads.finished(request.loadId(), false, report, rows.get(), bytes.get(), clock.instant(), scope);
        }
        return loads.find(request.loadId(), scope);
    }

    private LoadReport load(Request request, AtomicLong rows, AtomicLong bytes, DataScope scope) {
        CatalogEntry entry = request.entry();
        List<InformationItem> items = entry.items();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        RowChecker checker;
        boolean staged;
        try (StagedRows staging = StagedRows.open(connection, items)) {
            checker = new RowChecker(items, entry.regionCode(), staging::add, rows);
            try {
                FileReaders.read(request.format(), request.file(), progressing(checker, request.loadId(), rows,
                        bytes, scope), bytes);
                staging.finish();
                staged = true;
            } catch (FileReaders.UnreadableFile e) {
                checker.error(null, null, "UNREADABLE", e.getMessage());
                staged = false;
            }
        }
        if (!staged) {
            return checker.report(0, 0);
        }
        List<List<Long>> duplicates = tables.duplicateKeys(items, DUPLICATE_GROUPS);
        for (List<Long> lines : duplicates) {
            String keys = String.join(",", items.stream().filter(InformationItem::key).map(InformationItem::column)
                    .toList());
            lines.subList(1, lines.size()).forEach(line -> checker.error(line, keys, "DUPLICATE_KEY",
                    Long.toString(lines.get(0))));
        }
        // counting them all needs a second pass only when there are some
        long duplicateKeys = duplicates.isEmpty() ? 0 : tables.repeats(items, true);
        LoadReport report = checker.report(duplicateKeys, tables.repeats(items, false));
        Optional<DatasetRegistry.Registered> existing = registry.find(entry.id(), scope)
                .filter(r -> tables.exists(entry.id()));
        boolean sameShape = existing.map(r -> shape(r.items()).equals(shape(items))).orElse(false);
        if (request.mode() == LoadMode.UPSERT && existing.isPresent() && !sameShape) {
            checker.error(null, null, "ITEMS_CHANGED", "REPLACE");
            report = checker.report(duplicateKeys, report.duplicateRows());
        }
        if (report.failed()) {
            return report;
        }
        Instant now = clock.instant();
        long inserted;
        long updated = 0;
        if (!sameShape) {
            tables.create(entry.id(), entry.code(), items);
        } else if (request.mode() == LoadMode.REPLACE) {
            tables.truncate(entry.id());
        }
        if (request.mode() == LoadMode.UPSERT) {
            long[] changed = tables.upsert(entry.id(), items, now);
            inserted = changed[0];
            updated = changed[1];
        } else {
            inserted = tables.insert(entry.id(), items, now);
        }
        registry.save(entry, items, tables.count(entry.id()), request.loadId(), now, scope);
        return report.written(inserted, updated);
    }

    /** What decides whether rows fit the existing table: columns, their types, the key. */
    private static List<String> shape(List<InformationItem> items) {
        return items.stream().map(i -> i.column() + ":" + i.dataType() + (i.key() ? ":key" : "")).toList();
    }

    /** The checker, writing the rows and bytes read so far to the load about twice a second. */
    private RowSink progressing(RowChecker checker, long loadId, AtomicLong rows, AtomicLong bytes, DataScope scope) {
        return new RowSink() {
            private long last = System.nanoTime();

            @Override
            public int column(String header) {
                return checker.column(header);
            }

            @Override
            public void headerRead() {
                checker.headerRead();
            }

            @Override
            public void row(long line, String[] values) {
                checker.row(line, values);
                long now = System.nanoTime();
                if (now - last >= PROGRESS_NANOS) {
                    last = now;
                    loads.progress(loadId, rows.get(), bytes.get(), scope);
                }
            }
        };
    }
}
