package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.AccountAdministration;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.support.IntegrationTest;
import org.shuzhi.support.MovableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class PasswordLoginTest {

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
    @Autowired
    PasswordEncoder encoder;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theRightPasswordLogsInWithTheAccountsRolesAndScope() {
        LoginResult result = authenticator.login("xt.inspector", DemoAccountsLoader.PASSWORD, "192.0.2.10");

        assertThat(result).isInstanceOfSatisfying(LoginResult.Success.class, success -> {
            assertThat(success.caller().roles()).containsExactly("grid_inspector");
            assertThat(success.caller().gridCodes()).containsExactly("320509104001001");
            assertThat(success.caller().scope().regionRoots()).containsExactly("320509104001");
        });
        assertThat(fixture.auditOutcomes("auth.login", "user:xt.inspector")).containsKey("SUCCESS");
        assertThat(jdbc.sql("select client_ip from audit.record where action = 'auth.login' and target = 'user:xt.inspector'")
                .query(String.class).list()).contains("192.0.2.10");
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordUntilTheLockExpires() {
        fixture.createUser("t.login.lock", "320509104", null, "dispatcher");
        String ip = "192.0.2.20";
        for (int i = 0; i < 4; i++) {
            assertThat(authenticator.login("t.login.lock", "Wrong-Password-1", ip))
                    .isInstanceOf(LoginResult.BadCredentials.class);
        }
        assertThat(authenticator.login("t.login.lock", "Wrong-Password-1", ip)).isInstanceOf(LoginResult.Locked.class);

        LoginResult whileLocked = authenticator.login("t.login.lock", IdentityFixture.PASSWORD, ip);
        assertThat(whileLocked).as("no hint that the password was right").isInstanceOf(LoginResult.Locked.class);
        assertThat(authenticator.login("t.login.lock", "Wrong-Password-1", ip)).isEqualTo(whileLocked);

        clock.advance(Duration.ofMinutes(14));
        assertThat(authenticator.login("t.login.lock", IdentityFixture.PASSWORD, ip)).isInstanceOf(LoginResult.Locked.class);
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(authenticator.login("t.login.lock", IdentityFixture.PASSWORD, ip)).isInstanceOf(LoginResult.Success.class);

        assertThat(fixture.auditOutcomes("auth.login", "user:t.login.lock"))
                .isEqualTo(Map.of("FAILURE", 5, "DENIED", 3, "SUCCESS", 1));
    }

    @Test
    void aSuccessResetsTheFailureCount() {
        fixture.createUser("t.login.reset", "320509104", null, "leader");
        String ip = "192.0.2.30";
        for (int i = 0; i < 4; i++) {
            authenticator.login("t.login.reset", "Wrong-Password-1", ip);
        }
        assertThat(authenticator.login("t.login.reset", IdentityFixture.PASSWORD, ip)).isInstanceOf(LoginResult.Success.class);
        for (int i = 0; i < 4; i++) {
            assertThat(authenticator.login("t.login.reset", "Wrong-Password-1", ip))
                    .isInstanceOf(LoginResult.BadCredentials.class);
        }
    }

    @Test
    void aPasswordTooLongForBcryptIsJustWrong() {
        String tooLong = "Aa1-" + "x".repeat(100);
        assertThat(authenticator.login("pw.leader", tooLong, "192.0.2.60")).isInstanceOf(LoginResult.BadCredentials.class);
        assertThat(authenticator.login("t.login.nobody2", tooLong, "192.0.2.60"))
                .isInstanceOf(LoginResult.BadCredentials.class);
    }

    @Test
    void theAuditChainStaysIntact(@Autowired org.shuzhi.audit.AuditLog auditLog) {
        authenticator.login("t.login.chain", "Wrong-Password-1", "192.0.2.70");
        assertThat(auditLog.verify().intact()).isTrue();
    }

    @Test
    void anUnknownUserLooksLikeAWrongPassword() {
        assertThat(authenticator.login("t.login.nobody", IdentityFixture.PASSWORD, "192.0.2.40"))
                .isInstanceOf(LoginResult.BadCredentials.class);
        assertThat(fixture.auditOutcomes("auth.login", "user:t.login.nobody")).isEqualTo(Map.of("FAILURE", 1));
    }

    @Test
    void aDisabledAccountIsOnlyReportedAfterTheRightPassword() {
        fixture.createUser("t.login.off", "320509104", null, "leader");
        administration.setEnabled(fixture.caller("js.admin"), "t.login.off", false);

        assertThat(authenticator.login("t.login.off", "Wrong-Password-1", "192.0.2.50"))
                .isInstanceOf(LoginResult.BadCredentials.class);
        assertThat(authenticator.login("t.login.off", IdentityFixture.PASSWORD, "192.0.2.50"))
                .isInstanceOf(LoginResult.Disabled.class);
        assertThat(fixture.auditOutcomes("auth.login", "user:t.login.off")).isEqualTo(Map.of("FAILURE", 1, "DENIED", 1));
        assertThat(fixture.auditOutcomes("user.disable", "user:t.login.off")).isEqualTo(Map.of("SUCCESS", 1));
    }

    @Test
    void tooManyAttemptsFromOneAddressAreThrottledAndAudited(@Autowired AccountStore accounts,
            @Autowired TokenService tokens, @Autowired AuditTrail audit) {
        // the same login service with a limit of 3 a minute, so the test need not hash 20 passwords
        IdentityProperties strict = new IdentityProperties(12, new IdentityProperties.Lockout(5, Duration.ofMinutes(15)),
                new IdentityProperties.Throttle(3), Duration.ofDays(365), Duration.ofSeconds(10));
        PasswordLogin login = new PasswordLogin(accounts, encoder, new LoginThrottle(clock, strict), tokens, audit,
                clock, strict);
        String ip = "198.51.100.7";
        for (int i = 0; i < 3; i++) {
            assertThat(login.login("t.login.throttled", "Wrong-Password-1", ip)).isInstanceOf(LoginResult.BadCredentials.class);
        }
        assertThat(login.login("xt.dispatcher", DemoAccountsLoader.PASSWORD, ip)).isInstanceOf(LoginResult.Throttled.class);
        assertThat(login.login("xt.dispatcher", DemoAccountsLoader.PASSWORD, "198.51.100.8"))
                .as("other addresses are not affected").isInstanceOf(LoginResult.Success.class);
        assertThat(fixture.auditOutcomes("auth.login", "user:xt.dispatcher")).containsEntry("DENIED", 1);

        clock.advance(Duration.ofSeconds(61));
        assertThat(login.login("xt.dispatcher", DemoAccountsLoader.PASSWORD, ip)).isInstanceOf(LoginResult.Success.class);
    }

    @Test
    void passwordsAreStoredAsUpgradeableBcryptHashes() {
        fixture.createUser("t.login.hash", "320509104", null, "leader");
        String hash = jdbc.sql("select password_hash from identity.users where username = 't.login.hash'")
                .query(String.class).single();

        assertThat(hash).startsWith("{bcrypt}$2a$12$").doesNotContain(IdentityFixture.PASSWORD);
        assertThat(encoder.matches(IdentityFixture.PASSWORD, hash)).isTrue();
        assertThat(encoder.encode(IdentityFixture.PASSWORD)).as("salted").isNotEqualTo(hash);
        assertThat(encoder.upgradeEncoding(hash)).isFalse();
    }
}
