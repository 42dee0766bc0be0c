package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.ApiTokens.IssuedToken;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    Authenticator authenticator;
    @Autowired
    AccountAdministration administration;
    @Autowired
    IdentityFixture fixture;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenAuthenticatesUntilItExpires() {
        IssuedToken issued = tokens.issue(fixture.caller("wj.analyst"), "wj.analyst", "laptop", Duration.ofHours(1));

        assertThat(issued.token()).startsWith("sz_").hasSize(3 + 43);
        assertThat(authenticator.authenticate(issued.token())).get().extracting(Caller::username).isEqualTo("wj.analyst");
        assertThat(tokens.list(fixture.caller("wj.analyst"), "wj.analyst"))
                .filteredOn(t -> t.id() == issued.id()).singleElement()
                .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull());

        clock.advance(Duration.ofMinutes(61));
        assertThat(authenticator.authenticate(issued.token())).isEmpty();
    }

    @Test
    void aRevokedTokenNoLongerAuthenticatesAndBothStepsAreAudited() {
        Caller admin = fixture.caller("wj.admin");
        IssuedToken issued = tokens.issue(admin, "wj.api", "exchange gateway", Duration.ofDays(30));
        assertThat(authenticator.authenticate(issued.token())).get().satisfies(caller -> {
            assertThat(caller.kind()).isEqualTo(Caller.Kind.SYSTEM);
            assertThat(caller.has(Permission.API_CLIENT)).isTrue();
        });

        tokens.revoke(admin, issued.id());

        assertThat(authenticator.authenticate(issued.token())).isEmpty();
        assertThat(fixture.auditOutcomes("token.issue", "user:wj.api")).containsKey("SUCCESS");
        assertThat(fixture.auditOutcomes("token.revoke", "user:wj.api")).containsKey("SUCCESS");
    }

    @Test
    void onlyTheHashIsStored() {
        IssuedToken issued = tokens.issue(fixture.caller("sz.leader"), "sz.leader", "hash check", Duration.ofHours(1));

        List<String> rows = jdbc.sql("select t::text from identity.api_token t").query(String.class).list();
        assertThat(rows).isNotEmpty().noneMatch(row -> row.contains(issued.token().substring(3)));
        byte[] stored = jdbc.sql("select token_hash from identity.api_token where id = :id").param("id", issued.id())
                .query(byte[].class).single();
        assertThat(stored).isEqualTo(TokenService.sha256(issued.token()));
    }

    @Test
    void unknownForgedAndDisabledAccountsTokensDoNotAuthenticate() {
        fixture.createUser("t.token.off", "320509", null, "analyst");
        IssuedToken issued = tokens.issue(fixture.caller("t.token.off"), "t.token.off", "x", Duration.ofHours(1));
        administration.setEnabled(fixture.caller("wj.admin"), "t.token.off", false);

        assertThat(authenticator.authenticate(issued.token())).isEmpty();
        assertThat(authenticator.authenticate("sz_forged")).isEmpty();
        assertThat(authenticator.authenticate(null)).isEmpty();
    }

    @Test
    void nobodyIssuesOrRevokesTokensOutsideTheirScopeOrWithoutUserManage() {
        // other tests of the shared context issue tokens for the demo accounts too: count only this test's records
        long before = fixture.lastAuditSeq();
        assertThatThrownBy(() -> tokens.issue(fixture.caller("wj.admin"), "lz.dispatcher", "x", Duration.ofHours(1)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> tokens.issue(fixture.caller("wj.analyst"), "wj.leader", "x", Duration.ofHours(1)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
        IssuedToken own = tokens.issue(fixture.caller("lz.dispatcher"), "lz.dispatcher", "x", Duration.ofHours(1));
        assertThatThrownBy(() -> tokens.revoke(fixture.caller("wj.admin"), own.id()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.NOT_FOUND));
        assertThatThrownBy(() -> tokens.issue(fixture.caller("wj.analyst"), "wj.analyst", "x", Duration.ofDays(400)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST));
        assertThat(fixture.auditOutcomes("token.issue", "user:lz.dispatcher", before)).isEqualTo(Map.of("SUCCESS", 1,
                "DENIED", 1));
        assertThat(fixture.auditOutcomes("token.revoke", "token:" + own.id(), before)).as("the owner is not looked up "
                + "outside the actor's scope").isEqualTo(Map.of("DENIED", 1));
        assertThat(fixture.auditOutcomes("token.revoke", "user:lz.dispatcher", before)).isEmpty();
    }
}
