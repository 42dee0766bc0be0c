package org.shuzhi.identity.internal;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.shuzhi.identity.Caller.Kind;
import org.shuzhi.identity.Department;
import org.shuzhi.identity.DepartmentKind;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.jurisdiction.Jurisdictions;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo departments and one account per built-in role at several levels of the demo tree (江苏省 → 苏州市 → 吴江区 →
 * 平望镇 → 西塘社区, and 甘肃省/兰州市 for cross-jurisdiction checks), all with the published password
 * {@value #PASSWORD}. Runs at order 300, after the demo divisions (100) and grids (200), only when
 * {@code shuzhi.demo.enabled=true}. Idempotent: existing departments and accounts are left as they are, except
 * that a demo person without personal fields (from a data directory older than those fields) gets the synthetic
 * ones of {@link DemoPersonalData}. The table in {@code demo/ACCOUNTS.md} lists the same accounts.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "shuzhi.demo.enabled", havingValue = "true")
class DemoAccountsLoader implements ApplicationRunner {

    /** The one demo password; it meets the password rules. */
    static final String PASSWORD = "Shuzhi@Demo2026";

    record DemoAccount(String username, String displayName, Kind kind, String region, String department,
            String role, Set<String> grids) {

        DemoAccount(String username, String displayName, String region, String department, String role) {
            this(username, displayName, Kind.USER, region, department, role, Set.of());
        }
    }

    static final List<Department> DEPARTMENTS = List.of(
            new Department("32-dsj", "江苏省大数据管理中心", DepartmentKind.BIG_DATA, "32"),
            new Department("3205-dsj", "苏州市大数据管理局", DepartmentKind.BIG_DATA, "3205"),
            new Department("320509-cg", "吴江区城市管理局", DepartmentKind.URBAN_MANAGEMENT, "320509"),
            new Department("320509-ga", "吴江区公安分局", DepartmentKind.PUBLIC_SECURITY, "320509"),
            new Department("320509-mz", "吴江区民政局", DepartmentKind.CIVIL_AFFAIRS, "320509"),
            new Department("320509-sthj", "苏州市吴江生态环境局", DepartmentKind.ECOLOGY_ENVIRONMENT, "320509"),
            new Department("320509-scjg", "吴江区市场监督管理局", DepartmentKind.MARKET_REGULATION, "320509"),
            new Department("320509-yjgl", "吴江区应急管理局", DepartmentKind.EMERGENCY_MANAGEMENT, "320509"),
            new Department("320509-zj", "吴江区住房和城乡建设局", DepartmentKind.HOUSING_CONSTRUCTION, "320509"),
            new Department("320509-sl", "吴江区水务局", DepartmentKind.WATER_RESOURCES, "320509"),
            new Department("320509-wj", "吴江区卫生健康委员会", DepartmentKind.HEALTH, "320509"),
            new Department("320509-dsj", "吴江区大数据管理局", DepartmentKind.BIG_DATA, "320509"),
            new Department("320509104-cg", "平望镇综合行政执法局", DepartmentKind.URBAN_MANAGEMENT, "320509104"),
            new Department("320509104-ga", "平望派出所", DepartmentKind.PUBLIC_SECURITY, "320509104"),
            new Department("320509104-mz", "平望镇社会事业局", DepartmentKind.CIVIL_AFFAIRS, "320509104"),
            new Department("320509104-yjgl", "平望镇安全生产监督管理局", DepartmentKind.EMERGENCY_MANAGEMENT,
                    "320509104"),
            new Department("6201-cg", "兰州市城市管理委员会", DepartmentKind.URBAN_MANAGEMENT, "6201"));

    static final List<DemoAccount> ACCOUNTS = List.of(
            new DemoAccount("js.admin", "江苏省平台管理员", "32", null, "platform_admin"),
            new DemoAccount("js.reviewer", "江苏省大数据审核员", "32", "32-dsj", "data_authority_reviewer"),
            new DemoAccount("js.leader", "江苏省领导", "32", null, "leader"),
            new DemoAccount("sz.admin", "苏州市平台管理员", "3205", null, "platform_admin"),
            new DemoAccount("sz.reviewer", "苏州市大数据审核员", "3205", "3205-dsj", "data_authority_reviewer"),
            new DemoAccount("sz.hotline", "苏州 12345 话务员", "3205", null, "hotline_operator"),
            new DemoAccount("sz.analyst", "苏州市数据分析员", "3205", null, "analyst"),
            new DemoAccount("sz.leader", "苏州市领导", "3205", null, "leader"),
            new DemoAccount("wj.admin", "吴江区平台管理员", "320509", null, "platform_admin"),
            new DemoAccount("wj.reviewer", "吴江区大数据审核员", "320509", "320509-dsj", "data_authority_reviewer"),
            new DemoAccount("wj.cg.admin", "吴江城管数据管理员", "320509", "320509-cg", "department_data_admin"),
            new DemoAccount("wj.cg.handler", "吴江城管处置人员", "320509", "320509-cg", "department_handler"),
            new DemoAccount("wj.ga.handler", "吴江公安处置人员", "320509", "320509-ga", "department_handler"),
            new DemoAccount("wj.mz.admin", "吴江民政数据管理员", "320509", "320509-mz", "department_data_admin"),
            new DemoAccount("wj.dispatcher", "吴江区调度员", "320509", null, "dispatcher"),
            new DemoAccount("wj.analyst", "吴江区数据分析员", "320509", null, "analyst"),
            new DemoAccount("wj.leader", "吴江区领导", "320509", null, "leader"),
            new DemoAccount("wj.api", "吴江区数据接口账号", Kind.SYSTEM, "320509", "320509-dsj", "system_account",
                    Set.of()),
            new DemoAccount("pw.admin", "平望镇平台管理员", "320509104", null, "platform_admin"),
            new DemoAccount("pw.dispatcher", "平望镇调度员", "320509104", null, "dispatcher"),
            new DemoAccount("pw.cg.handler", "平望镇执法队员", "320509104", "320509104-cg", "department_handler"),
            new DemoAccount("pw.leader", "平望镇领导", "320509104", null, "leader"),
            new DemoAccount("xt.inspector", "西塘社区网格员", Kind.USER, "320509104001", null, "grid_inspector",
                    Set.of("320509104001001")),
            new DemoAccount("xt.dispatcher", "西塘社区调度员", "320509104001", null, "dispatcher"),
            new DemoAccount("gs.admin", "甘肃省平台管理员", "62", null, "platform_admin"),
            new DemoAccount("lz.dispatcher", "兰州市调度员", "6201", null, "dispatcher"),
            new DemoAccount("lz.cg.handler", "兰州城管处置人员", "6201", "6201-cg", "department_handler"));

    /** A custom role of 吴江区, so that region-placed roles exist in the demo as they will in a real county. */
    static final Role GRID_SUPERVISOR = new Role("wj_grid_supervisor", "网格督导员", "Grid supervisor", false, false,
            Set.of(Permission.EVENT_SUPERVISE, Permission.EVENT_VERIFY), "320509");

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsLoader.class);

    private final Jurisdictions jurisdictions;
    private final DepartmentStore departments;
    private final AccountStore accounts;
    private final RoleStore roles;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccountsLoader(Jurisdictions jurisdictions, DepartmentStore departments, AccountStore accounts,
            RoleStore roles, PasswordEncoder encoder, TransactionTemplate transaction, Clock clock) {
        this.jurisdictions = jurisdictions;
        this.departments = departments;
        this.accounts = accounts;
        this.roles = roles;
        this.encoder = encoder;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        // system work at start-up, for no caller: the whole platform is its scope
        DataScope all = DataScope.all();
        List<DemoAccount> present = ACCOUNTS.stream().filter(a -> jurisdictions.exists(a.region())).toList();
        if (jurisdictions.exists(GRID_SUPERVISOR.regionCode()) && roles.find(all, GRID_SUPERVISOR.code()).isEmpty()) {
            transaction.executeWithoutResult(status -> roles.insert(all, GRID_SUPERVISOR));
        }
        List<DemoAccount> missing = present.stream().filter(a -> accounts.find(all, a.username()).isEmpty()).toList();
        transaction.executeWithoutResult(status -> present.stream().filter(a -> !missing.contains(a))
                .forEach(a -> accounts.find(all, a.username())
                        .filter(row -> row.mobile() == null && row.idNumber() == null && a.kind() == Kind.USER)
                        .ifPresent(row -> accounts.updateProfile(all, row.id(), profile(a)))));
        if (missing.isEmpty()) {
            return;
        }
        // one hash for all: they share the published password anyway, and BCrypt at cost 12 takes a quarter second
        String hash = encoder.encode(PASSWORD);
        transaction.executeWithoutResult(status -> {
            DEPARTMENTS.stream().filter(d -> jurisdictions.exists(d.regionCode()))
                    .forEach(d -> departments.insert(all, d));
            for (DemoAccount account : missing) {
                accounts.insert(all, account.username(), account.kind(), profile(account), hash, clock.instant())
                        .ifPresent(id -> {
                            accounts.replaceRoles(all, id, Set.of(account.role()));
                            accounts.replaceGrids(all, id, account.grids());
                        });
            }
        });
        log.info("Demo accounts: {} created (password {})", missing.size(), PASSWORD);
    }

    /** The account's place and, for people, synthetic personal fields. */
    private static AccountRow.Profile profile(DemoAccount account) {
        int index = ACCOUNTS.indexOf(account);
        boolean person = account.kind() == Kind.USER;
        return new AccountRow.Profile(account.displayName(), account.region(), account.department(),
                person ? DemoPersonalData.mobile(index) : null,
                person ? DemoPersonalData.idNumber(account.region(), index) : null);
    }
}
