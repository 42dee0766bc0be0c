package org.shuzhi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.shuzhi.identity.Department;
import org.shuzhi.identity.DepartmentKind;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Departments in {@code identity.department}, confined to a {@link DataScope}: its region subtree and, for a
 * department-narrowed scope, only the scope's own departments (a department's code is its department).
 */
@Repository
class DepartmentStore {

    private static final String SELECT = "select code, name, kind, region_code from identity.department d";

    private final JdbcClient jdbc;

    DepartmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The department with this code, when it is inside {@code scope}. */
    Optional<Department> find(DataScope scope, String code) {
        ScopedSql where = scoped(scope);
        return jdbc.sql(SELECT + " where d.code = :code and " + where.sql()).params(where.parameters())
                .param("code", code).query(DepartmentStore::department).optional();
    }

    /** The departments with these codes that are inside {@code scope}, by code; none for no codes. */
    List<Department> findAll(DataScope scope, Collection<String> codes) {
        List<String> wanted = codes.stream().filter(code -> code != null && !code.isBlank()).distinct().toList();
        if (wanted.isEmpty()) {
            return List.of();
        }
        ScopedSql where = scoped(scope);
        return jdbc.sql(SELECT + " where d.code in (:codes) and " + where.sql() + " order by d.code")
                .params(where.parameters()).param("codes", wanted).query(DepartmentStore::department).list();
    }

    /**
     * The caller's own department, wherever it sits: a department-narrowed account may belong to a department of a
     * node above its own region, which its region scope does not reach.
     */
    @Unscoped("a caller's own department, named by their account")
    Optional<Department> own(String code) {
        return jdbc.sql(SELECT + " where d.code = :code").param("code", code).query(DepartmentStore::department)
                .optional();
    }

    /** The departments inside {@code scope}, by code. */
    List<Department> list(DataScope scope) {
        ScopedSql where = scoped(scope);
        return jdbc.sql(SELECT + " where " + where.sql() + " order by d.code").params(where.parameters())
                .query(DepartmentStore::department).list();
    }

    /** Inserts the department when its region is inside {@code scope}; false when the code is taken or it is not. */
    boolean insert(DataScope scope, Department department) {
        ScopedSql where = ScopedSql.where(scope, "v.region_code", "v.code");
        return jdbc.sql("""
                insert into identity.department (code, name, kind, region_code)
                select v.code, :name, :kind, v.region_code
                from (select cast(:code as text) as code, cast(:region as text) as region_code) v
                where %s on conflict (code) do nothing""".formatted(where.sql())).params(where.parameters())
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("region", department.regionCode())
                .update() == 1;
    }

    private static ScopedSql scoped(DataScope scope) {
        return ScopedSql.where(scope, "d.region_code", "d.code");
    }

    private static Department department(ResultSet rs, int n) throws SQLException {
        return new Department(rs.getString("code"), rs.getString("name"), DepartmentKind.valueOf(rs.getString("kind")),
                rs.getString("region_code"));
    }
}
