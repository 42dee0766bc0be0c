package org.shuzhi.sharing.internal;

import static org.shuzhi.sharing.internal.SqlValues.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.sharing.NewObjection;
import org.shuzhi.sharing.Objection;
import org.shuzhi.sharing.ObjectionState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Objections 数据异议: filed on the consumer's side, resolved on the provider's. */
@Repository
class ObjectionRepository {

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CatalogEntry entry, Caller by, NewObjection o, Instant now, DataScope scope) {
        if (!scope.covers(by.regionCode())) {
            throw new IllegalArgumentException("the objector lies outside the scope");
        }
        return jdbc.sql("""
                insert into sharing.objection (entry_code, provider_region, provider_department, consumer_region,
                    consumer_department, filed_by, row_key, column_name, description, evidence, state, filed_at)
                values (:code, :pr, :pd, :cr, :cd, :by, :key, :column, :description, :evidence, 'OPEN', :now)
                returning id""")
                .param("code", entry.code()).param("pr", entry.regionCode()).param("pd", entry.providerDepartment())
                .param("cr", by.regionCode()).param("cd", by.departmentCode()).param("by", by.username())
                .param("key", o.rowKey().strip()).param("column", o.column()).param("description", o.description().strip())
                .param("evidence", o.evidence()).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    Optional<Objection> find(long id, Sides side, DataScope scope) {
        ScopedSql where = side.where(scope, null);
        return jdbc.sql("select * from sharing.objection where id = :id and " + where.sql()).params(where.parameters())
                .param("id", id).query(ObjectionRepository::map).optional();
    }

    List<Objection> list(Sides side, ObjectionState state, int limit, DataScope scope) {
        ScopedSql where = side.where(scope, null);
        var spec = jdbc.sql("select * from sharing.objection where " + where.sql()
                        + (state == null ? "" : " and state = :state") + " order by filed_at desc, id desc limit :limit")
                .params(where.parameters()).param("limit", limit);
        if (state != null) {
            spec = spec.param("state", state.name());
        }
        return spec.query(ObjectionRepository::map).list();
    }

    /** Resolves an open objection on the provider's side; false when it was not open. */
    boolean resolve(long id, ObjectionState state, String by, String reason, Instant now, DataScope scope) {
        ScopedSql where = Sides.PROVIDER.where(scope, null);
        return jdbc.sql("update sharing.objection set state = :state, resolved_at = :now, resolved_by = :by, "
                        + "reason = :reason where id = :id and state = 'OPEN' and " + where.sql())
                .params(where.parameters()).param("state", state.name()).param("now", Timestamp.from(now))
                .param("by", by).param("reason", reason).param("id", id).update() == 1;
    }

    private static Objection map(ResultSet rs, int row) throws SQLException {
        return new Objection(rs.getLong("id"), rs.getString("entry_code"), rs.getString("provider_region"),
                rs.getString("provider_department"), rs.getString("consumer_region"),
                rs.getString("consumer_department"), rs.getString("filed_by"), rs.getString("row_key"),
                rs.getString("column_name"), rs.getString("description"), rs.getString("evidence"),
                ObjectionState.valueOf(rs.getString("state")), instant(rs, "filed_at"), instant(rs, "resolved_at"),
                rs.getString("resolved_by"), rs.getString("reason"));
    }
}
