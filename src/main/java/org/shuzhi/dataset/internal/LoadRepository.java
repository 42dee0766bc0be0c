package org.shuzhi.dataset.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The loads of datasets ({@code dataset.load}), confined to the caller's scope on the entry's region and provider
 * department. Progress is written in transactions of its own, so that it is seen while the load's transaction runs.
 */
@Repository
class LoadRepository {

    private static final String SELECT = """
            select id, entry_id, entry_code, mode, format, file_name, status, total_bytes, bytes_read, rows_read,
                   created_by, created_at, started_at, finished_at, report::text as report
            from dataset.load""";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final TransactionTemplate separately;

    LoadRepository(JdbcClient jdbc, ObjectMapper json, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Records a queued load of {@code entry}; empty when the entry lies outside {@code scope}. */
    Optional<Long> queue(CatalogEntry entry, LoadMode mode, FileFormat format, String fileName, long totalBytes,
            String actor, Instant now, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "v.region_code", "v.provider_department");
        return jdbc.sql("""
                insert into dataset.load (entry_id, entry_code, region_code, provider_department, mode, format,
                    file_name, status, total_bytes, created_by, created_at)
                select :entry, :code, v.region_code, v.provider_department, :mode, :format, :file, 'QUEUED', :total,
                    :actor, :now
                from (select cast(:region as text) as region_code, cast(:department as text) as provider_department) v
                where %s
                returning id""".formatted(where.sql())).params(where.parameters())
                .param("entry", entry.id()).param("code", entry.code()).param("region", entry.regionCode())
                .param("department", entry.providerDepartment()).param("mode", mode.name())
                .param("format", format.name()).param("file", fileName).param("total", totalBytes)
                .param("actor", actor).param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    /** Marks the load running, committed at once. */
    void started(long id, Instant now, DataScope scope) {
        separately.executeWithoutResult(status -> update(id, "status = 'RUNNING', started_at = :now",
                scope).param("now", Timestamp.from(now)).update());
    }

    /** Rows and bytes read so far, committed at once whatever the load's transaction does. */
    void progress(long id, long rows, long bytes, DataScope scope) {
        separately.executeWithoutResult(status -> update(id, "rows_read = :rows, bytes_read = :bytes", scope)
                .param("rows", rows).param("bytes", bytes).update());
    }

    /**
     * The load is over: status, final counts and report. Called inside the load's transaction for a success (the
     * status commits with the rows), after its rollback for a failure.
     */
    void finished(long id, boolean succeeded, LoadReport report, long rows, long bytes, Instant now, DataScope scope) {
        update(id, "status = :status, rows_read = :rows, bytes_read = :bytes, finished_at = :now,"
                + " report = cast(:report as jsonb)", scope).param("status", succeeded ? "SUCCEEDED" : "FAILED")
                .param("rows", rows).param("bytes", bytes).param("now", Timestamp.from(now))
                .param("report", write(report)).update();
    }

    Optional<LoadView> find(long id, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return jdbc.sql(SELECT + " where id = :id and " + where.sql()).params(where.parameters()).param("id", id)
                .query(this::view).optional();
    }

    /** The entry's newest load, or its newest successful one. */
    Optional<LoadView> latest(long entryId, boolean succeeded, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return jdbc.sql(SELECT + " where entry_id = :entry and " + where.sql()
                + (succeeded ? " and status = 'SUCCEEDED'" : "") + " order by id desc limit 1")
                .params(where.parameters()).param("entry", entryId).query(this::view).optional();
    }

    private JdbcClient.StatementSpec update(long id, String set, DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "provider_department");
        return jdbc.sql("update dataset.load set " + set + " where id = :id and " + where.sql())
                .params(where.parameters()).param("id", id);
    }

    LoadView view(ResultSet rs, int row) throws SQLException {
        String report = rs.getString("report");
        try {
            return new LoadView(rs.getLong("id"), rs.getLong("entry_id"), rs.getString("entry_code"),
                    rs.getString("mode"), rs.getString("format"), rs.getString("file_name"), rs.getString("status"),
                    rs.getLong("total_bytes"), rs.getLong("bytes_read"), rs.getLong("rows_read"),
                    rs.getString("created_by"), instant(rs, "created_at"), instant(rs, "started_at"),
                    instant(rs, "finished_at"), report == null ? null : json.readValue(report, LoadReport.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable report of load " + rs.getLong("id"), e);
        }
    }

    private String write(LoadReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
