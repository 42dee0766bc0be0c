package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.AccountAdministration.NewUser;
import org.shuzhi.identity.AccountAdministration.UserChanges;
import org.shuzhi.identity.AccountAdministration.UserQuery;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.DepartmentKind;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

@IntegrationTest
class GrantingRuleTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    RoleAdministration roles;
    @Autowired
    IdentityFixture fixture;

    private static NewUser user(String username, String region, String department, String... roles) {
        return new NewUser(username, username, Caller.Kind.USER, region, department, IdentityFixture.PASSWORD,
                Set.of(roles), Set.of());
    }

    private static void assertProblem(ThrowingCallable call, HttpStatus status, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(status);
            assertThat(problem.messageKey()).isEqualTo(key);
        });
    }

    @Test
    void aCountyAdminCreatesAccountsInsideItsSubtreeAndTheChangeIsAudited() {
        UserAccount created = administration.createUser(fixture.caller("wj.admin"),
                user("t.grant.ok", "320509104", "320509104-cg", "department_handler"));

        assertThat(created.roles()).containsExactly("department_handler");
        assertThat(created.status()).isEqualTo(UserAccount.Status.ACTIVE);
        assertThat(fixture.auditOutcomes("user.create", "user:t.grant.ok")).containsEntry("SUCCESS", 1);
    }

    @Test
    void outsideOnesScopeIsNotFoundAndAboveItIsForbidden() {
        Caller wujiang = fixture.caller("wj.admin");
        assertProblem(() -> administration.createUser(wujiang, user("t.grant.lz", "6201", null, "leader")),
                HttpStatus.NOT_FOUND, "identity.region.not-found");
        assertProblem(() -> administration.createUser(wujiang, user("t.grant.sz", "3205", null, "leader")),
                HttpStatus.FORBIDDEN, "identity.grant.region-above-own");
        assertProblem(() -> administration.findUser(wujiang, "lz.dispatcher"), HttpStatus.NOT_FOUND,
                "identity.user.not-found");
        assertProblem(() -> administration.setEnabled(wujiang, "sz.leader", false), HttpStatus.NOT_FOUND,
                "identity.user.not-found");
        assertProblem(() -> administration.updateUser(wujiang, "pw.leader", new UserChanges("平望镇领导", "3205", "", null, null)),
                HttpStatus.FORBIDDEN, "identity.grant.region-above-own");
        assertThat(administration.findUser(fixture.caller("pw.admin"), "pw.leader").regionCode()).isEqualTo("320509104");
    }

    @Test
    void nobodyGrantsAPermissionTheyLack() {
        Caller departmentAdmin = fixture.caller("wj.cg.admin");
        assertProblem(() -> administration.createUser(departmentAdmin,
                user("t.grant.disp", "320509", "320509-cg", "dispatcher")), HttpStatus.FORBIDDEN,
                "identity.grant.exceeds-own");
        assertThat(fixture.auditOutcomes("user.create", "user:t.grant.disp")).as("the refusal is audited")
                .isEqualTo(java.util.Map.of("DENIED", 1));
        assertProblem(() -> administration.assignRoles(fixture.caller("pw.admin"), "pw.leader",
                Set.of("leader", "no_such_role")), HttpStatus.BAD_REQUEST, "identity.role.unknown");
        roles.createRole(fixture.caller("wj.admin"), new Role("t_role_clerk", "角色管理员", "Role clerk",
                false, false, Set.of(Permission.ROLE_MANAGE, Permission.USER_MANAGE, Permission.STATS_READ)));
        fixture.createUser("t.grant.clerk", "320509", null, "t_role_clerk");
        Caller clerk = fixture.caller("t.grant.clerk");
        assertProblem(() -> roles.createRole(clerk, new Role("t_too_wide", "太宽", "too wide", false, false,
                Set.of(Permission.STATS_READ, Permission.EVENT_DISPATCH))), HttpStatus.FORBIDDEN,
                "identity.grant.exceeds-own");
        assertProblem(() -> administration.createUser(clerk, user("t.grant.by.clerk", "320509", null, "analyst")),
                HttpStatus.FORBIDDEN, "identity.grant.exceeds-own");
        assertThat(administration.createUser(clerk, user("t.grant.by.clerk", "320509", null, "t_role_clerk")).roles())
                .containsExactly("t_role_clerk");
    }

    @Test
    void aDepartmentAdminStaysInsideItsDepartment() {
        Caller departmentAdmin = fixture.caller("wj.cg.admin");
        UserAccount handler = administration.createUser(departmentAdmin,
                user("t.grant.cg", "320509", "320509-cg", "department_handler"));
        assertThat(handler.departmentCode()).isEqualTo("320509-cg");

        assertProblem(() -> administration.createUser(departmentAdmin,
                user("t.grant.ga", "320509", "320509-ga", "department_handler")), HttpStatus.NOT_FOUND,
                "identity.department.not-found");
        assertProblem(() -> administration.createUser(departmentAdmin, user("t.grant.nodep", "320509", null)),
                HttpStatus.FORBIDDEN, "identity.grant.department-required");
        assertProblem(() -> administration.findUser(departmentAdmin, "wj.ga.handler"), HttpStatus.NOT_FOUND,
                "identity.user.not-found");
        assertThat(administration.searchUsers(departmentAdmin, new UserQuery(null, null, null, null, 0, 200)).users())
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.departmentCode()).isEqualTo("320509-cg"));
    }

    @Test
    void aLesserAdminCannotTakeOverAStrongerAccount() {
        fixture.createUser("t.grant.boss", "320509", "320509-cg", "department_data_admin", "dispatcher");
        assertProblem(() -> administration.setPassword(fixture.caller("wj.cg.admin"), "t.grant.boss",
                "Another-Secret-7"), HttpStatus.FORBIDDEN, "identity.grant.target-exceeds-own");
        administration.setPassword(fixture.caller("wj.admin"), "t.grant.boss", "Another-Secret-7");
        assertThat(fixture.auditOutcomes("user.password", "user:t.grant.boss")).containsEntry("SUCCESS", 1);
    }

    @Test
    void customRolesHoldOnlyTheCreatorsPermissions() {
        Role created = roles.createRole(fixture.caller("wj.admin"), new Role("t_event_desk", "事件台",
                "Event desk", true, false, Set.of(Permission.EVENT_REPORT, Permission.EVENT_DISPATCH)));
        assertThat(created.builtIn()).isFalse();
        assertThat(roles.roles(fixture.caller("wj.admin"))).extracting(Role::code).contains("t_event_desk", "platform_admin");
        assertProblem(() -> roles.createRole(fixture.caller("wj.cg.admin"), new Role("t_cg_role", "城管",
                "cg", false, false, Set.of(Permission.EVENT_HANDLE))), HttpStatus.FORBIDDEN,
                "identity.permission.missing");
        assertThat(fixture.auditOutcomes("role.create", "role:t_event_desk")).containsEntry("SUCCESS", 1);
    }

    @Test
    void theWeakPasswordProblemNamesTheBrokenRulesInChineseAndEnglish(
            @Autowired org.springframework.context.MessageSource messages) {
        assertThatThrownBy(() -> administration.setPassword(fixture.caller("wj.admin"), "wj.analyst", "wj.analyst"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    String zh = messages.getMessage(problem.messageKey(), problem.args(), java.util.Locale.SIMPLIFIED_CHINESE);
                    String en = messages.getMessage(problem.messageKey(), problem.args(), java.util.Locale.ENGLISH);
                    assertThat(zh).startsWith("密码不符合规则：").contains("至少三类", "不能包含用户名")
                            .doesNotContain("个字符", "常见密码", "{");
                    assertThat(en).contains("At least three of", "Must not contain the username")
                            .doesNotContain("At least 10", "common password", "{");
                });
    }

    @Test
    void weakPasswordsAndMissingPermissionsAreRefusedBeforeAnythingIsStored() {
        assertProblem(() -> administration.createUser(fixture.caller("wj.admin"), new NewUser("t.grant.weak", "弱",
                Caller.Kind.USER, "320509", null, "t.grant.weak", Set.of(), Set.of())), HttpStatus.BAD_REQUEST,
                "identity.password.weak");
        assertProblem(() -> administration.createUser(fixture.caller("wj.analyst"),
                user("t.grant.analyst", "320509", null)), HttpStatus.FORBIDDEN, "identity.permission.missing");
        assertProblem(() -> administration.findUser(fixture.caller("wj.admin"), "t.grant.weak"), HttpStatus.NOT_FOUND,
                "identity.user.not-found");
    }

    @Test
    void departmentsAndGridsStayInsideTheActorsJurisdiction() {
        Caller township = fixture.caller("pw.admin");
        administration.createDepartment(township, new Department("t-320509104-sl", "平望镇水务站",
                DepartmentKind.WATER_RESOURCES, "320509104"));
        assertProblem(() -> administration.createDepartment(township, new Department("t-320509-x", "区级",
                DepartmentKind.OTHER, "320509")), HttpStatus.FORBIDDEN, "identity.grant.region-above-own");
        assertProblem(() -> administration.createDepartment(fixture.caller("wj.cg.admin"), new Department("t-cg-2",
                "城管二", DepartmentKind.URBAN_MANAGEMENT, "320509")), HttpStatus.FORBIDDEN,
                "identity.grant.department-narrowed");
        fixture.createUser("t.grant.grid", "320509104001", null, "grid_inspector");
        assertThat(administration.assignGrids(township, "t.grant.grid", Set.of("320509104001002")).gridCodes())
                .containsExactly("320509104001002");
        assertProblem(() -> administration.assignGrids(township, "t.grant.grid", Set.of("320509104002001")),
                HttpStatus.BAD_REQUEST, "identity.grid.outside-region");
    }
}
