package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoAccountsTest {

    @Autowired
    AccountAdministration administration;
    @Autowired
    RoleAdministration roles;
    @Autowired
    IdentityFixture fixture;
    @Autowired
    DemoAccountsLoader loader;
    @Autowired
    JdbcClient jdbc;

    @Test
    void everyBuiltInRoleHasADemoAccountAtSeveralLevels() {
        Map<String, Set<String>> regionsByRole = DemoAccountsLoader.ACCOUNTS.stream()
                .collect(Collectors.groupingBy(DemoAccountsLoader.DemoAccount::role,
                        Collectors.mapping(DemoAccountsLoader.DemoAccount::region, Collectors.toSet())));

        assertThat(regionsByRole.keySet()).containsAll(Role.BUILT_IN);
        assertThat(DemoAccountsLoader.ACCOUNTS).extracting(DemoAccountsLoader.DemoAccount::region)
                .contains("32", "3205", "320509", "320509104", "320509104001", "62", "6201");
        assertThat(roles.roles(fixture.caller("gs.admin"))).filteredOn(Role::builtIn).extracting(Role::code)
                .containsExactlyInAnyOrderElementsOf(Role.BUILT_IN);
    }

    @Test
    void theDemoAccountsAreStoredWithTheirRolesAndListedInTheTable() throws IOException {
        String table = new ClassPathResource("demo/ACCOUNTS.md").getContentAsString(StandardCharsets.UTF_8);
        for (DemoAccountsLoader.DemoAccount demo : DemoAccountsLoader.ACCOUNTS) {
            String provinceAdmin = demo.region().startsWith("32") ? "js.admin" : "gs.admin";
            UserAccount stored = administration.findUser(fixture.caller(provinceAdmin), demo.username());
            assertThat(stored.roles()).containsExactly(demo.role());
            assertThat(stored.regionCode()).isEqualTo(demo.region());
            assertThat(stored.departmentCode()).isEqualTo(demo.department());
            assertThat(stored.gridCodes()).isEqualTo(demo.grids());
            assertThat(table).contains("`" + demo.username() + "` | " + demo.role());
        }
        assertThat(table).contains(DemoAccountsLoader.PASSWORD);
        assertThat(PasswordRules.broken("js.admin", DemoAccountsLoader.PASSWORD)).isEmpty();
    }

    @Test
    void loadingAgainChangesNothing() throws Exception {
        int before = jdbc.sql("select count(*) from identity.users").query(Integer.class).single();
        loader.run(null);
        assertThat(jdbc.sql("select count(*) from identity.users").query(Integer.class).single()).isEqualTo(before);
    }
}
