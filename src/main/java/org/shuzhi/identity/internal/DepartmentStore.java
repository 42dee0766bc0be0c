package org.shuzhi.identity.internal;

import java.util.Optional;

import org.shuzhi.identity.Department;
import org.shuzhi.identity.DepartmentKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Departments in {@code identity.department}. */
@Repository
class DepartmentStore {

    private final JdbcClient jdbc;

    DepartmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The department with this code, if any. */
    Optional<Department> find(String code) {
        return jdbc.sql("select code, name, kind, region_code from identity.department where code = :code")
                .param("code", code)
                .query((rs, n) -> new Department(rs.getString("code"), rs.getString("name"),
                        DepartmentKind.valueOf(rs.getString("kind")), rs.getString("region_code")))
                .optional();
    }

    /** Inserts the department; false when the code is taken. */
    boolean insert(Department department) {
        return jdbc.sql("""
                insert into identity.department (code, name, kind, region_code) values (:code, :name, :kind, :region)
                on conflict (code) do nothing""")
                .param("code", department.code()).param("name", department.name())
                .param("kind", department.kind().name()).param("region", department.regionCode())
                .update() == 1;
    }
}
