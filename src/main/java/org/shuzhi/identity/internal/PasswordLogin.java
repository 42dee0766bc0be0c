package org.shuzhi.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.LoginResult;
import org.shuzhi.identity.UserAccount;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Password login with per-address throttling and per-account lock-out, and bearer-token authentication (delegated
 * to {@link TokenService}). Every password attempt is audited as {@code auth.login}: SUCCESS, FAILURE (unknown
 * user or wrong password) or DENIED (throttled, locked, disabled), with the reason in the details.
 *
 * <p>Order of checks, and why: the throttle first (cheapest, and it bounds hashing work per address); a locked
 * account is refused before the password is looked at, so a lock cannot be used to test passwords; a disabled
 * account is only reported after a correct password, so "disabled" does not confirm a username.
 */
@Service
class PasswordLogin implements Authenticator {

    private final AccountStore accounts;
    private final PasswordEncoder encoder;
    private final LoginThrottle throttle;
    private final TokenService tokens;
    private final AuditTrail audit;
    private final Clock clock;
    private final IdentityProperties.Lockout lockout;
    /** Checked against for unknown usernames, so they take as long as known ones. */
    private final String decoyHash;

    PasswordLogin(AccountStore accounts, PasswordEncoder encoder, LoginThrottle throttle, TokenService tokens,
            AuditTrail audit, Clock clock, IdentityProperties properties) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.throttle = throttle;
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
        this.lockout = properties.lockout();
        this.decoyHash = encoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public LoginResult login(String username, String password, String clientIp) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Instant> retryAfter = throttle.tryAcquire(clientIp);
        if (retryAfter.isPresent()) {
            audit.login(name, null, Outcome.DENIED, clientIp, "{\"reason\":\"throttled\"}");
            return new LoginResult.Throttled(retryAfter.get());
        }
        Optional<AccountRow> found = accounts.signingIn(name);
        if (found.isEmpty()) {
            encoder.matches(password == null || !PasswordRules.hashable(password) ? "" : password, decoyHash);
            audit.login(name, null, Outcome.FAILURE, clientIp, "{\"reason\":\"bad-credentials\"}");
            return new LoginResult.BadCredentials();
        }
        AccountRow row = found.get();
        Instant now = clock.instant();
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(now)) {
            audit.login(name, row.regionCode(), Outcome.DENIED, clientIp, "{\"reason\":\"locked\"}");
            return new LoginResult.Locked(row.lockedUntil());
        }
        // a password BCrypt cannot hash was never set by PasswordRules, so it is simply wrong
        if (row.passwordHash() == null || password == null || !PasswordRules.hashable(password)
                || !encoder.matches(password, row.passwordHash())) {
            Optional<Instant> locked = accounts.recordFailure(row.id(), lockout.maxFailures(),
                    now.plus(lockout.duration()));
            audit.login(name, row.regionCode(), Outcome.FAILURE, clientIp,
                    locked.isPresent() ? "{\"reason\":\"bad-credentials\",\"locked\":true}"
                            : "{\"reason\":\"bad-credentials\"}");
            return locked.<LoginResult>map(LoginResult.Locked::new).orElseGet(LoginResult.BadCredentials::new);
        }
        if (row.status() == UserAccount.Status.DISABLED) {
            audit.login(name, row.regionCode(), Outcome.DENIED, clientIp, "{\"reason\":\"disabled\"}");
            return new LoginResult.Disabled();
        }
        accounts.resetFailures(row.id());
        if (encoder.upgradeEncoding(row.passwordHash())) {
            accounts.upgradeHash(row.id(), encoder.encode(password));
        }
        Caller caller = accounts.caller(row);
        audit.login(name, caller.scopeLabel(), Outcome.SUCCESS, clientIp, null);
        return new LoginResult.Success(caller);
    }

    @Override
    public Optional<Caller> authenticate(String bearerToken) {
        return tokens.authenticate(bearerToken);
    }
}
