package org.shuzhi.jurisdiction.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.jurisdiction.internal.ImportProgress.Phase;
import org.shuzhi.jurisdiction.internal.ImportReport.LevelReport;
import org.shuzhi.jurisdiction.internal.ImportSource.ImportFile;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.jurisdiction.DivisionsImported;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports division files (see {@link DivisionFile}) into {@code jurisdiction.division}, all or nothing.
 *
 * <p>In one transaction: each file is streamed, checked row by row ({@link DivisionFileReader}) and copied into a
 * temporary staging table with PostgreSQL COPY; then, set-based in SQL, duplicate codes and parents that are
 * neither in the files nor already stored are looked for; then changed names are updated and new codes inserted.
 * The first problem found is thrown as an {@link ApiProblem} (400) naming file and line, and the transaction rolls
 * back — nothing is half-written. Divisions missing from the files are kept: other records hang from their codes.
 *
 * <p>Re-importing the same files is idempotent: every row is reported unchanged and nothing is written. Imports
 * are serialised by a table lock that still lets readers read the previous state until commit.
 */
@Component
class DivisionImporter {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    DivisionImporter(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.events = events;
    }

    /** Imports every file of {@code source}, telling {@code progress} along the way; the caller closes the source. */
    ImportReport importFrom(ImportSource source, ImportProgress progress) {
        long start = System.nanoTime();
        ImportReport report = transaction.execute(status -> importInTransaction(source, progress, start));
        if (report.inserted() + report.updated() > 0) {
            // after the commit: listeners reload what they hold and must see the new divisions
            events.publishEvent(new DivisionsImported(report.inserted(), report.updated()));
        }
        progress.update(new ImportProgress.Update(Phase.DONE, null, report.read(), 100, report.rowsPerSecond()));
        return report;
    }

    private ImportReport importInTransaction(ImportSource source, ImportProgress progress, long start) {
        jdbc.sql("lock table jurisdiction.division in share row exclusive mode").update();
        // enough memory for the duplicate and parent checks to hash 665k codes in one pass; reset at commit
        jdbc.sql("set local work_mem = '128MB'").update();
        StagingTable staging = new StagingTable(DataSourceUtils.getConnection(dataSource));
        staging.create();
        ProgressMeter meter = new ProgressMeter(progress, source.totalBytes());
        Map<DivisionLevel, ImportFile> files = new EnumMap<>(DivisionLevel.class);
        Map<DivisionLevel, long[]> readRowsAndMillis = new EnumMap<>(DivisionLevel.class);
        for (ImportFile file : source.files()) {
            long fileStart = System.nanoTime();
            DivisionFileReader reader = new DivisionFileReader(file);
            long rows;
            try (StagingTable.Writer writer = staging.writer(file.kind().level())) {
                rows = reader.read(writer, (fileRows, bytes) -> meter.reading(file.name(), fileRows, bytes));
                writer.finish();
            }
            meter.fileDone(rows, file.size());
            files.put(file.kind().level(), file);
            readRowsAndMillis.put(file.kind().level(), new long[] {rows, millisSince(fileStart)});
        }
        long readMillis = millisSince(start);

        meter.phase(Phase.VALIDATING);
        jdbc.sql("analyze " + StagingTable.NAME).update();
        rejectDuplicates(files);
        rejectOrphans(files);
        long validateMillis = millisSince(start) - readMillis;

        meter.phase(Phase.WRITING);
        Map<DivisionLevel, Long> updated = countByLevel(UPDATE_CHANGED_NAMES);
        Map<DivisionLevel, Long> inserted = countByLevel(INSERT_NEW_CODES);
        long writeMillis = millisSince(start) - readMillis - validateMillis;

        List<LevelReport> levels = new ArrayList<>();
        files.forEach((level, file) -> {
            long read = readRowsAndMillis.get(level)[0];
            long ins = inserted.getOrDefault(level, 0L);
            long upd = updated.getOrDefault(level, 0L);
            levels.add(new LevelReport(level, file.name(), read, ins, upd, read - ins - upd,
                    readRowsAndMillis.get(level)[1]));
        });
        return ImportReport.of(levels, readMillis, validateMillis, writeMillis, millisSince(start));
    }

    /** A code twice in the files: reported at its second line (codes of different levels cannot collide). */
    private void rejectDuplicates(Map<DivisionLevel, ImportFile> files) {
        jdbc.sql("""
                select level, code, min(line) as first_line, (array_agg(line order by line))[2] as second_line
                from division_staging group by level, code having count(*) > 1
                order by level, second_line limit 1""")
                .query((rs, n) -> {
                    String file = fileName(files, rs.getInt("level"));
                    int line = rs.getInt("second_line");
                    return ApiProblem.badRequest("jurisdiction.import.duplicate-code", file, String.valueOf(line),
                            rs.getString("code"), String.valueOf(rs.getInt("first_line")))
                            .with("file", file).with("line", line);
                })
                .optional().ifPresent(problem -> {
                    throw problem;
                });
    }

    /** A row whose parent is neither in the files nor stored: reported at the first such row, top level first. */
    private void rejectOrphans(Map<DivisionLevel, ImportFile> files) {
        jdbc.sql("""
                select s.level, s.line, s.code, s.parent_code from division_staging s
                where s.parent_code is not null
                  and not exists (select 1 from division_staging p where p.code = s.parent_code)
                  and not exists (select 1 from jurisdiction.division d where d.code = s.parent_code)
                order by s.level, s.line limit 1""")
                .query((rs, n) -> {
                    String file = fileName(files, rs.getInt("level"));
                    int line = rs.getInt("line");
                    return ApiProblem.badRequest("jurisdiction.import.missing-parent", file, String.valueOf(line),
                            rs.getString("code"), rs.getString("parent_code"))
                            .with("file", file).with("line", line);
                })
                .optional().ifPresent(problem -> {
                    throw problem;
                });
    }

    // parent_code and level follow from the code, so a stored code can only change its name
    private static final String UPDATE_CHANGED_NAMES = """
            with changed as (
                update jurisdiction.division d set name = s.name, updated_at = now()
                from division_staging s
                where d.code = s.code and d.name <> s.name
                returning d.level)
            select level, count(*) from changed group by level""";

    private static final String INSERT_NEW_CODES = """
            with added as (
                insert into jurisdiction.division (code, name, level, parent_code)
                select s.code, s.name, s.level, s.parent_code from division_staging s
                where not exists (select 1 from jurisdiction.division d where d.code = s.code)
                returning level)
            select level, count(*) from added group by level""";

    private Map<DivisionLevel, Long> countByLevel(String sql) {
        Map<DivisionLevel, Long> counts = new EnumMap<>(DivisionLevel.class);
        jdbc.sql(sql).query(rs -> {
            counts.put(DivisionRows.level(rs.getInt(1)), rs.getLong(2));
        });
        return counts;
    }

    private static String fileName(Map<DivisionLevel, ImportFile> files, int level) {
        return files.get(DivisionRows.level(level)).name();
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
