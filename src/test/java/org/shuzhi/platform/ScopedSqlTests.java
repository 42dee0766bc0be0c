package org.shuzhi.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scope predicate on a real PostgreSQL: it returns exactly the rows inside the scope, is served by the
 * region-code index, and an empty scope returns no rows at all.
 */
@IntegrationTest
class ScopedSqlTests {

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void createRows() {
        jdbc.sql("create table public.scope_probe (id serial primary key, region_code varchar(15), dept text)").update();
        jdbc.sql("create index on public.scope_probe (region_code collate \"C\")").update();
        for (String code : List.of("32", "3205", "320509", "320509104", "320509104001", "320509104001001",
                "3205091049", "320509105001", "320508104001", "6201", "620102001001")) {
            jdbc.sql("insert into public.scope_probe (region_code, dept) values (?, ?)")
                    .params(code, code.length() % 2 == 0 ? "CG" : "GA").update();
        }
        jdbc.sql("insert into public.scope_probe (region_code, dept) select '62010' || g, 'GA' from generate_series(1, 5000) g")
                .update();
        jdbc.sql("analyze public.scope_probe").update();
    }

    @AfterEach
    void dropRows() {
        jdbc.sql("drop table public.scope_probe").update();
    }

    @Test
    void returnsExactlyTheSubtree() {
        assertThat(codes(DataScope.of("320509104"))).containsExactlyInAnyOrder("320509104", "320509104001",
                "320509104001001", "3205091049");
        assertThat(codes(new DataScope(Set.of("320508", "320509105"), Set.of())))
                .containsExactlyInAnyOrder("320508104001", "320509105001");
    }

    @Test
    void departmentScopeNarrowsFurther() {
        assertThat(codes(DataScope.of("320509104").onlyDepartments(List.of("CG"))))
                .containsExactlyInAnyOrder("320509104001", "3205091049");
    }

    @Test
    void emptyScopeReturnsNoRows() {
        assertThat(codes(DataScope.none())).isEmpty();
    }

    @Test
    void thePredicateIsServedByTheIndex() {
        ScopedSql scope = ScopedSql.where(DataScope.of("320509104"), "region_code", "dept");
        List<String> plan = jdbc.sql("explain select id from public.scope_probe where " + scope.sql())
                .params(scope.parameters()).query(String.class).list();
        assertThat(String.join("\n", plan)).containsIgnoringCase("index");
    }

    @Test
    void columnNamesMustBePlainIdentifiers() {
        assertThatThrownBy(() -> ScopedSql.where(DataScope.of("32"), "region_code; drop table x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private List<String> codes(DataScope scope) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "dept");
        return jdbc.sql("select region_code from public.scope_probe where " + where.sql()
                + " and region_code not like '62010_%'").params(where.parameters()).query(String.class).list();
    }
}
