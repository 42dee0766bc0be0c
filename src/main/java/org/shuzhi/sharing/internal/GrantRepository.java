package org.shuzhi.sharing.internal;

import static org.shuzhi.sharing.internal.SqlValues.instant;
import static org.shuzhi.sharing.internal.SqlValues.texts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.sharing.ShareGrant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Grants 授权: issued by the provider's side, looked up on the consumer's side for every call. */
@Repository
class GrantRepository {

    /** Grants that name the consumer's account, or its department when they name no account. */
    private static final String HELD = "(consumer_account = :account"
            + " or (consumer_account is null and consumer_department is not distinct from :department))";

    private final JdbcClient jdbc;

    GrantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Issues a grant for an application the provider's side may decide; returns its id. */
    long insert(ShareGrant g, DataScope scope) {
        if (!scope.covers(g.providerRegion())) {
            throw new IllegalArgumentException("the provider lies outside the scope");
        }
        return jdbc.sql("""
                insert into sharing.access_grant (application_id, entry_code, provider_region, provider_department,
                    consumer_region, consumer_department, consumer_account, purpose, fields, clear_fields, row_region,
                    valid_from, valid_until, granted_at, granted_by)
                values (:app, :code, :pr, :pd, :cr, :cd, :account, :purpose, :fields, :clear, :rows, :from, :until,
                    :at, :by)
                returning id""")
                .param("app", g.applicationId()).param("code", g.entryCode()).param("pr", g.providerRegion())
                .param("pd", g.providerDepartment()).param("cr", g.consumerRegion())
                .param("cd", g.consumerDepartment()).param("account", g.consumerAccount())
                .param("purpose", g.purpose()).param("fields", g.fields().toArray(String[]::new))
                .param("clear", g.clearFields().toArray(String[]::new)).param("rows", g.rowRegion())
                .param("from", Timestamp.from(g.validFrom())).param("until", Timestamp.from(g.validUntil()))
                .param("at", Timestamp.from(g.grantedAt())).param("by", g.grantedBy())
                .query(Long.class).single();
    }

    /**
     * The grants of this resource to this consumer — the account itself, or its department when the grant names
     * no account — inside the consumer's scope, the latest window first.
     */
    List<ShareGrant> forConsumer(String entryCode, String account, String department, DataScope scope) {
        ScopedSql where = Sides.CONSUMER.where(scope, null);
        return jdbc.sql("select * from sharing.access_grant where entry_code = :code and " + HELD + " and "
                        + where.sql() + " order by valid_until desc, id desc")
                .params(where.parameters()).param("code", entryCode).param("account", account)
                .param("department", department).query(GrantRepository::map).list();
    }

    /**
     * Every grant this consumer holds, on any resource — those {@link #forConsumer} would serve a call under — the
     * latest granted first: what a consumer's own list shows, each with its way to the rows.
     */
    List<ShareGrant> heldBy(String account, String department, int limit, DataScope scope) {
        ScopedSql where = Sides.CONSUMER.where(scope, null);
        return jdbc.sql("select * from sharing.access_grant where " + HELD + " and " + where.sql()
                        + " order by granted_at desc, id desc limit :limit")
                .params(where.parameters()).param("account", account).param("department", department)
                .param("limit", limit).query(GrantRepository::map).list();
    }

    Optional<ShareGrant> find(long id, DataScope scope) {
        ScopedSql where = Sides.EITHER.where(scope, null);
        return jdbc.sql("select * from sharing.access_grant where id = :id and " + where.sql())
                .params(where.parameters()).param("id", id).query(GrantRepository::map).optional();
    }

    List<ShareGrant> list(Sides side, int limit, DataScope scope) {
        ScopedSql where = side.where(scope, null);
        return jdbc.sql("select * from sharing.access_grant where " + where.sql()
                        + " order by granted_at desc, id desc limit :limit")
                .params(where.parameters()).param("limit", limit).query(GrantRepository::map).list();
    }

    private static ShareGrant map(ResultSet rs, int row) throws SQLException {
        long app = rs.getLong("application_id");
        return new ShareGrant(rs.getLong("id"), rs.wasNull() ? null : app, rs.getString("entry_code"),
                rs.getString("provider_region"), rs.getString("provider_department"), rs.getString("consumer_region"),
                rs.getString("consumer_department"), rs.getString("consumer_account"), rs.getString("purpose"),
                texts(rs.getArray("fields")), texts(rs.getArray("clear_fields")), rs.getString("row_region"),
                instant(rs, "valid_from"), instant(rs, "valid_until"), instant(rs, "granted_at"),
                rs.getString("granted_by"));
    }
}
