package org.shuzhi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.identity.ApiTokens;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens: {@code sz_} + 32 random bytes in base64url. The table {@code identity.api_token} holds
 * only the SHA-256 of a token — a leaked table cannot be replayed, and a 256-bit random token needs no slow hash.
 * An administrator issues tokens only for system accounts: a token for a person would let the administrator act,
 * and be audited, as that person.
 */
@Service
class TokenService implements ApiTokens {

    static final String PREFIX = "sz_";
    /** last_used_at is refreshed at most this often, so a busy client does not write on every call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final TokenStore store;
    private final TokenCallers callers;
    private final AccountStore accounts;
    private final Granting granting;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration maxTtl;

    TokenService(TokenStore store, TokenCallers callers, AccountStore accounts, Granting granting, AuditTrail audit,
            Clock clock, IdentityProperties properties) {
        this.store = store;
        this.callers = callers;
        this.accounts = accounts;
        this.granting = granting;
        this.audit = audit;
        this.clock = clock;
        this.maxTtl = properties.tokenMaxTtl();
    }

    @Override
    @Transactional
    public IssuedToken issue(Caller actor, String username, String name, Duration ttl) {
        AccountRow owner = audit.guarded(actor, "token.issue", "user:" + username, () -> {
            AccountRow row = owner(actor, username);
            if (!row.username().equals(actor.username()) && row.kind() != Caller.Kind.SYSTEM) {
                throw new ApiProblem(HttpStatus.FORBIDDEN, "identity.token.person", row.username());
            }
            return row;
        });
        if (ttl == null || ttl.isNegative() || ttl.isZero() || ttl.compareTo(maxTtl) > 0) {
            throw ApiProblem.badRequest("identity.token.invalid-ttl", maxTtl.toDays());
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw ApiProblem.badRequest("identity.token.invalid-name");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(ttl);
        long id = store.insert(actor.scope(), owner.id(), sha256(token), name.strip(), now, expires)
                .orElseThrow(() -> ApiProblem.notFound("identity.user.not-found", username));
        audit.record(actor, "token.issue", "user:" + owner.username(), Outcome.SUCCESS,
                "{\"tokenId\":" + id + ",\"expiresAt\":\"" + expires + "\"}");
        return new IssuedToken(id, token, expires);
    }

    @Override
    @Transactional
    public void revoke(Caller actor, long tokenId) {
        String username = audit.guarded(actor, "token.revoke", "token:" + tokenId, () -> store
                .owner(actor.scope(), tokenId).orElseThrow(() -> ApiProblem.notFound("identity.token.not-found", tokenId)));
        audit.guarded(actor, "token.revoke", "user:" + username, () -> owner(actor, username));
        store.revoke(actor.scope(), tokenId, clock.instant());
        audit.record(actor, "token.revoke", "user:" + username, Outcome.SUCCESS, "{\"tokenId\":" + tokenId + "}");
    }

    @Override
    public List<TokenInfo> list(Caller actor, String username) {
        return store.list(actor.scope(), owner(actor, username).id());
    }

    /** The caller of a live token of an active account; remembered for a few seconds ({@link TokenCallers}). */
    Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        byte[] hash = sha256(token);
        Instant now = clock.instant();
        return callers.caller(hash, now, () -> store.authenticate(hash, now, USE_RESOLUTION)
                .flatMap(use -> accounts.tokenOwner(use.userId())
                        .map(owner -> new TokenCallers.Live(accounts.caller(owner), use.expires()))));
    }

    /** The token owner: the actor themself, or an account the actor manages (else 404 / 403). */
    private AccountRow owner(Caller actor, String username) {
        if (actor.regionCode() != null && actor.username().equals(username)) {
            return granting.visibleAccount(actor, username);
        }
        return granting.manageableAccount(actor, username);
    }

    static byte[] sha256(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
