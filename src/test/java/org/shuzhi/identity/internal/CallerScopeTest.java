package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class CallerScopeTest {

    @Autowired
    IdentityFixture fixture;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCountyAccountSeesItsSubtree() {
        DataScope scope = fixture.caller("wj.dispatcher").scope();

        assertThat(scope).isEqualTo(DataScope.of("320509"));
        assertThat(scope.covers("320509104001")).isTrue();
        assertThat(scope.covers("3205")).isFalse();
        assertThat(scope.covers("620102")).isFalse();
    }

    @Test
    void departmentRolesAreNarrowedToTheDepartment() {
        Caller handler = fixture.caller("wj.cg.handler");

        assertThat(handler.departmentNarrowed()).isTrue();
        assertThat(handler.scope()).isEqualTo(DataScope.of("320509").onlyDepartments(Set.of("320509-cg")));
        ScopedSql where = ScopedSql.where(handler.scope(), "region_code", "department_code");
        List<String> visible = jdbc.sql("select username from identity.users where " + where.sql())
                .params(where.parameters()).query(String.class).list();
        assertThat(visible).contains("wj.cg.handler", "wj.cg.admin").doesNotContain("wj.ga.handler", "wj.admin",
                "pw.cg.handler");
    }

    @Test
    void anonymousSeesNothingAndMayDoNothing() {
        Caller anonymous = Caller.anonymous();

        assertThat(anonymous.scope().isEmpty()).isTrue();
        assertThat(anonymous.permissions()).isEmpty();
        assertThat(anonymous.has(Permission.STATS_READ)).isFalse();
        assertThat(ScopedSql.where(anonymous.scope(), "region_code").sql()).isEqualTo("false");
    }

    @Test
    void aNarrowedRoleWithoutADepartmentSeesNothing() {
        Caller orphan = new Caller("x", "x", Caller.Kind.USER, "320509", null, Set.of(), Set.of("department_handler"),
                Set.of(Permission.EVENT_HANDLE), true);
        assertThat(orphan.scope().isEmpty()).isTrue();
    }

    @Test
    void permissionCodesAreStableDottedNames() {
        assertThat(Permission.PERSONAL_VIEW_SENSITIVE.code()).isEqualTo("personal.view.sensitive");
        assertThat(Permission.ofCode("user.manage")).contains(Permission.USER_MANAGE);
        assertThat(fixture.caller("js.admin").permissions()).containsExactlyInAnyOrder(Permission.values());
    }
}
