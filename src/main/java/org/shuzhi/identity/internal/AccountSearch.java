package org.shuzhi.identity.internal;

import java.util.List;

import org.shuzhi.identity.AccountAdministration.UserQuery;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Pages through the accounts inside a {@link DataScope} that match a {@link UserQuery}. The scope is a predicate of
 * the query itself, so pages and counts are right and a filter can only narrow what the scope allows.
 */
@Repository
class AccountSearch {

    private static final String FILTERS = " " + """
            and (cast(:department as text) is null or u.department_code = :department)
            and (cast(:role as text) is null or exists (select 1 from identity.user_role f
                where f.user_id = u.id and f.role_code = :role))
            and (cast(:text as text) is null or strpos(lower(u.username), lower(:text)) > 0
                or strpos(lower(u.display_name), lower(:text)) > 0)""";

    private final JdbcClient jdbc;

    AccountSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of matching accounts by username. {@code query.regionCode()} is ignored here: narrow the scope to
     * it first ({@link DataScope#narrowTo}).
     */
    List<AccountRow> page(DataScope scope, UserQuery query, int offset, int limit) {
        ScopedSql where = ScopedSql.where(scope, "u.region_code", "u.department_code");
        return filtered(AccountStore.SELECT + " where " + where.sql() + FILTERS
                + " order by u.username limit :limit offset :offset", where, query)
                .param("limit", limit).param("offset", offset).query(AccountRow::map).list();
    }

    /** How many accounts match in all. */
    long count(DataScope scope, UserQuery query) {
        ScopedSql where = ScopedSql.where(scope, "u.region_code", "u.department_code");
        return filtered("select count(*) from identity.users u where " + where.sql() + FILTERS, where, query)
                .query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, ScopedSql where, UserQuery query) {
        return jdbc.sql(sql).params(where.parameters()).param("department", blankToNull(query.departmentCode()))
                .param("role", blankToNull(query.roleCode())).param("text", blankToNull(query.text()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
