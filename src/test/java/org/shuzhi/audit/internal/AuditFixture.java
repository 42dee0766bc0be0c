package org.shuzhi.audit.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.AccountAdministration.NewUser;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.Role;
import org.shuzhi.identity.RoleAdministration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Test helpers for the audit pages and API: bearer tokens of demo accounts (and of a department-narrowed auditor,
 * which the demo data lacks), records under an action prefix of one's own, and tampering that is committed — the
 * way someone with database access would do it — and undone.
 */
@Component
class AuditFixture {

    static final String DEMO_PASSWORD = "Shuzhi@Demo2026";
    /** A 吴江区 城管 account whose only role is a department-narrowed custom role holding AUDIT_READ. */
    static final String DEPARTMENT_AUDITOR = "wj.cg.auditor";

    private final Authenticator authenticator;
    private final ApiTokens tokens;
    private final AccountAdministration administration;
    private final RoleAdministration roles;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, String> issued = new ConcurrentHashMap<>();

    AuditFixture(Authenticator authenticator, ApiTokens tokens, AccountAdministration administration,
            RoleAdministration roles, AuditLog audit, JdbcClient jdbc, TransactionTemplate transactions) {
        this.authenticator = authenticator;
        this.tokens = tokens;
        this.administration = administration;
        this.roles = roles;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** A bearer token of an account with the demo password. */
    String token(String username) {
        return issued.computeIfAbsent(username, name -> {
            if (name.equals(DEPARTMENT_AUDITOR)) {
                createDepartmentAuditor();
            }
            Caller caller = caller(name);
            return tokens.issue(caller, name, "audit tests", Duration.ofHours(2)).token();
        });
    }

    /** Appends a record of {@code actor} with the scope label {@code scope} and returns its sequence number. */
    long record(String actor, String scope, String action, Outcome outcome) {
        return audit.record(new AuditEntry(actor, scope, action, "target:" + actor, outcome, "10.1.2.3",
                "req-" + action, null));
    }

    /** Changes a record's actor behind the platform's back (trigger disabled), committed. */
    void overwriteActor(long seq, String actor) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit.record disable trigger record_append_only").update();
            jdbc.sql("update audit.record set actor = ? where seq = ?").params(actor, seq).update();
            jdbc.sql("alter table audit.record enable trigger record_append_only").update();
        });
    }

    private Caller caller(String username) {
        LoginResult login = authenticator.login(username, DEMO_PASSWORD, "127.0.0.1");
        if (!(login instanceof LoginResult.Success success)) {
            throw new IllegalStateException(username + " cannot sign in: " + login);
        }
        return success.caller();
    }

    private void createDepartmentAuditor() {
        Caller admin = caller("js.admin");
        roles.createRole(admin, new Role("department_auditor_test", "部门审计员（测试）",
                "Department auditor (test)", false, true, Set.of(Permission.AUDIT_READ)));
        administration.createUser(admin, new NewUser(DEPARTMENT_AUDITOR, "城管审计员", Caller.Kind.USER, "320509",
                "320509-cg", DEMO_PASSWORD, Set.of("department_auditor_test"), Set.of()));
    }
}
