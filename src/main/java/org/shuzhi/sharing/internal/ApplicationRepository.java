package org.shuzhi.sharing.internal;

import static org.shuzhi.sharing.internal.SqlValues.instant;
import static org.shuzhi.sharing.internal.SqlValues.texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.sharing.ApplicationState;
import org.shuzhi.sharing.ApplicationStep;
import org.shuzhi.sharing.ShareApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications and their steps; reads are confined to the caller's side(s), writes to the side that acts. */
@Repository
class ApplicationRepository {

    private static final String SELECT = """
            select a.*, g.id as grant_id from sharing.application a
              left join sharing.access_grant g on g.application_id = a.id
            """;

    private final JdbcClient jdbc;

    ApplicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The applicant, region and department of a new application, and its timing. */
    record Applicant(String username, String region, String department) {
    }

    /** Inserts an application the applicant may make (the caller checked the scope); returns its id. */
    long insert(CatalogEntry entry, Applicant applicant, ApplicationService.Checked checked, Instant now,
            Instant remindAt, Instant dueAt, DataScope scope) {
        if (!scope.covers(applicant.region())) {
            throw new IllegalArgumentException("the applicant lies outside the scope");
        }
        return jdbc.sql("""
                insert into sharing.application (entry_code, entry_name, provider_region, provider_department,
                    consumer_region, consumer_department, applicant, purpose, fields, duration_days, legal_basis,
                    row_region, state, submitted_at, remind_at, due_at)
                values (:code, :name, :pr, :pd, :cr, :cd, :applicant, :purpose, :fields, :days, :basis, :rows,
                    'PENDING', :now, :remind, :due)
                returning id""")
                .param("code", entry.code()).param("name", entry.name()).param("pr", entry.regionCode())
                .param("pd", entry.providerDepartment()).param("cr", applicant.region())
                .param("cd", applicant.department()).param("applicant", applicant.username())
                .param("purpose", checked.purpose()).param("fields", checked.fields().toArray(String[]::new))
                .param("days", checked.durationDays()).param("basis", checked.legalBasis())
                .param("rows", checked.rowRegion()).param("now", Timestamp.from(now))
                .param("remind", Timestamp.from(remindAt)).param("due", Timestamp.from(dueAt))
                .query(Long.class).single();
    }

    Optional<ShareApplication> find(long id, Sides side, DataScope scope) {
        ScopedSql where = side.where(scope, "a");
        return jdbc.sql(SELECT + " where a.id = :id and " + where.sql()).params(where.parameters())
                .param("id", id).query(ApplicationRepository::map).optional();
    }

    /** Newest first, at most {@code limit}; {@code escalatedOnly} for the data authority's view of overdue ones. */
    List<ShareApplication> list(Sides side, ApplicationState state, boolean escalatedOnly, int limit,
            DataScope scope) {
        ScopedSql where = side.where(scope, "a");
        String sql = SELECT + " where " + where.sql() + (state == null ? "" : " and a.state = :state")
                + (escalatedOnly ? " and a.escalated_at is not null" : "") + " order by a.submitted_at desc, a.id desc limit :limit";
        var spec = jdbc.sql(sql).params(where.parameters()).param("limit", limit);
        if (state != null) {
            spec = spec.param("state", state.name());
        }
        return spec.query(ApplicationRepository::map).list();
    }

    /** Records the decision on a pending application on the provider's side; false when it was not pending. */
    boolean decide(long id, ApplicationState state, String actor, String reason, Instant now, DataScope scope) {
        ScopedSql where = Sides.PROVIDER.where(scope, null);
        return jdbc.sql("update sharing.application set state = :state, decided_at = :now, decided_by = :actor, "
                        + "reason = :reason where id = :id and state = 'PENDING' and " + where.sql())
                .params(where.parameters()).param("state", state.name()).param("now", Timestamp.from(now))
                .param("actor", actor).param("reason", reason).param("id", id).update() == 1;
    }

    /** Pending applications whose reminder ({@code overdue} false) or escalation ({@code overdue} true) is due. */
    List<Long> dueFor(boolean overdue, Instant now, DataScope scope) {
        ScopedSql where = Sides.PROVIDER.where(scope, null);
        String condition = overdue ? "due_at < :now and escalated_at is null" : "remind_at <= :now and reminded_at is null";
        return jdbc.sql("select id from sharing.application where state = 'PENDING' and " + condition + " and "
                + where.sql() + " order by id").params(where.parameters()).param("now", Timestamp.from(now))
                .query(Long.class).list();
    }

    /** Marks the reminder or escalation as done; false when another run did it first. */
    boolean mark(long id, boolean overdue, Instant now, DataScope scope) {
        ScopedSql where = Sides.PROVIDER.where(scope, null);
        String column = overdue ? "escalated_at" : "reminded_at";
        return jdbc.sql("update sharing.application set " + column + " = :now where id = :id and " + column
                + " is null and state = 'PENDING' and " + where.sql()).params(where.parameters())
                .param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    void step(long id, String action, String actor, String note, Instant at, DataScope scope) {
        ScopedSql where = Sides.EITHER.where(scope, null);
        jdbc.sql("insert into sharing.application_step (application_id, at, action, actor, note) "
                        + "select id, :at, :action, :actor, :note from sharing.application where id = :id and " + where.sql())
                .params(where.parameters()).param("at", Timestamp.from(at)).param("action", action)
                .param("actor", actor).param("note", note).param("id", id).update();
    }

    List<ApplicationStep> steps(long id, DataScope scope) {
        ScopedSql where = Sides.EITHER.where(scope, "a");
        return jdbc.sql("select s.at, s.action, s.actor, s.note from sharing.application_step s "
                        + "join sharing.application a on a.id = s.application_id where a.id = :id and " + where.sql()
                        + " order by s.id").params(where.parameters()).param("id", id)
                .query((rs, n) -> new ApplicationStep(rs.getTimestamp("at").toInstant(), rs.getString("action"),
                        rs.getString("actor"), rs.getString("note"))).list();
    }

    private static ShareApplication map(ResultSet rs, int row) throws SQLException {
        long grant = rs.getLong("grant_id");
        Long grantId = rs.wasNull() ? null : grant;
        return new ShareApplication(rs.getLong("id"), rs.getString("entry_code"), rs.getString("entry_name"),
                rs.getString("provider_region"), rs.getString("provider_department"), rs.getString("consumer_region"),
                rs.getString("consumer_department"), rs.getString("applicant"), rs.getString("purpose"),
                texts(rs.getArray("fields")), rs.getInt("duration_days"), rs.getString("legal_basis"),
                rs.getString("row_region"), ApplicationState.valueOf(rs.getString("state")),
                instant(rs, "submitted_at"), instant(rs, "remind_at"), instant(rs, "due_at"),
                instant(rs, "reminded_at"), instant(rs, "escalated_at"), instant(rs, "decided_at"),
                rs.getString("decided_by"), rs.getString("reason"), grantId);
    }
}
