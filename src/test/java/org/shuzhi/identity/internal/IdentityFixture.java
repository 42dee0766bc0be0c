package org.shuzhi.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.AccountAdministration.NewUser;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Caller;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Test helpers: callers of the demo accounts without a (slow) password login, and audit read-back. */
@Component
class IdentityFixture {

    static final String PASSWORD = "Correct-Horse-9";

    private final AccountStore accounts;
    private final AccountAdministration administration;
    private final ApiTokens tokens;
    private final JdbcClient jdbc;

    IdentityFixture(AccountStore accounts, AccountAdministration administration, ApiTokens tokens, JdbcClient jdbc) {
        this.accounts = accounts;
        this.administration = administration;
        this.tokens = tokens;
        this.jdbc = jdbc;
    }

    /** The caller of an existing account, as a login would produce it. */
    Caller caller(String username) {
        return accounts.caller(accounts.signingIn(username).orElseThrow());
    }

    /** Creates an account with {@link #PASSWORD} as the province's platform admin (js.admin, or gs.admin in 甘肃). */
    void createUser(String username, String region, String department, String... roles) {
        administration.createUser(caller(region.startsWith("62") ? "gs.admin" : "js.admin"), new NewUser(username, username, Caller.Kind.USER, region,
                department, PASSWORD, Set.of(roles), Set.of()));
    }

    /** A fresh bearer token the account issued for itself, valid for the length of a test run. */
    String token(String username) {
        return tokens.issue(caller(username), username, "test", Duration.ofHours(12)).token();
    }

    /** How many audit records of this action on this target ended with each outcome. */
    Map<String, Integer> auditOutcomes(String action, String target) {
        return auditOutcomes(action, target, 0);
    }

    /** The newest audit sequence number, so that a test can count only the records written after it. */
    long lastAuditSeq() {
        return jdbc.sql("select coalesce(max(seq), 0) from audit.record").query(Long.class).single();
    }

    /** Outcomes of the audit records of {@code action} on {@code target} written after {@code afterSeq}. */
    Map<String, Integer> auditOutcomes(String action, String target, long afterSeq) {
        Map<String, Integer> outcomes = new java.util.TreeMap<>();
        jdbc.sql("select outcome, count(*) n from audit.record where action = :action and target = :target"
                        + " and seq > :after group by outcome")
                .param("action", action).param("target", target).param("after", afterSeq)
                .query(rs -> {
                    outcomes.put(rs.getString("outcome"), rs.getInt("n"));
                });
        return outcomes;
    }
}
