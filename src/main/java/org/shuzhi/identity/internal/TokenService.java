package org.shuzhi.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opaque bearer tokens: {@code sz_} + 32 random bytes in base64url. The table {@code identity.api_token} holds
 * only the SHA-256 of a token — a leaked table cannot be replayed, and a 256-bit random token needs no slow hash.
 */
@Service
class TokenService implements ApiTokens {

    static final String PREFIX = "sz_";
    /** last_used_at is refreshed at most this often, so a busy client does not write on every call. */
    private static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final AccountStore accounts;
    private final Granting granting;
    private final AuditTrail audit;
    private final Clock clock;
    private final Duration maxTtl;

    TokenService(JdbcClient jdbc, AccountStore accounts, Granting granting, AuditTrail audit, Clock clock,
            IdentityProperties properties) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.granting = granting;
        this.audit = audit;
        this.clock = clock;
        this.maxTtl = properties.tokenMaxTtl();
    }

    @Override
    @Transactional
    public IssuedToken issue(Caller actor, String username, String name, Duration ttl) {
        AccountStore.Row owner = audit.guarded(actor, "token.issue", "user:" + username, () -> owner(actor, username));
        if (ttl == null || ttl.isNegative() || ttl.isZero() || ttl.compareTo(maxTtl) > 0) {
            throw ApiProblem.badRequest("identity.token.invalid-ttl", maxTtl.toDays());
        }
        if (name == null || name.isBlank() || name.length() > 100) {
            throw ApiProblem.badRequest("identity.token.invalid-name");
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(ttl);
        long id = jdbc.sql("""
                insert into identity.api_token (user_id, token_hash, name, created_at, expires_at)
                values (:user, :hash, :name, :now, :expires) returning id""")
                .param("user", owner.id()).param("hash", sha256(token)).param("name", name.strip())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .query(Long.class).single();
        audit.record(actor, "token.issue", "user:" + owner.username(), Outcome.SUCCESS,
                "{\"tokenId\":" + id + ",\"expiresAt\":\"" + expires + "\"}");
        return new IssuedToken(id, token, expires);
    }

    @Override
    @Transactional
    public void revoke(Caller actor, long tokenId) {
        Long userId = jdbc.sql("select user_id from identity.api_token where id = :id").param("id", tokenId)
                .query(Long.class).optional().orElse(null);
        String username = userId == null ? null
                : accounts.findById(userId).map(AccountStore.Row::username).orElse(null);
        if (username == null) {
            throw ApiProblem.notFound("identity.token.not-found", tokenId);
        }
        audit.guarded(actor, "token.revoke", "user:" + username, () -> owner(actor, username));
        jdbc.sql("update identity.api_token set revoked_at = :now where id = :id and revoked_at is null")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).update();
        audit.record(actor, "token.revoke", "user:" + username, Outcome.SUCCESS, "{\"tokenId\":" + tokenId + "}");
    }

    @Override
    public List<TokenInfo> list(Caller actor, String username) {
        AccountStore.Row owner = owner(actor, username);
        return jdbc.sql("""
                select id, name, created_at, expires_at, revoked_at, last_used_at from identity.api_token
                where user_id = :user order by id""").param("user", owner.id())
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), instant(rs, "created_at"),
                        instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at")))
                .list();
    }

    /** The caller of a live token of an active account. */
    Optional<Caller> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<Live> live = jdbc.sql("""
                select t.id, t.user_id, t.last_used_at from identity.api_token t
                join identity.users u on u.id = t.user_id
                where t.token_hash = :hash and u.status = 'ACTIVE' and t.revoked_at is null and t.expires_at > :now""")
                .param("hash", sha256(token)).param("now", Timestamp.from(now))
                .query((rs, n) -> new Live(rs.getLong("id"), rs.getLong("user_id"), instant(rs, "last_used_at")))
                .optional();
        live.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(USE_RESOLUTION)))
                .ifPresent(t -> jdbc.sql("update identity.api_token set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", t.id()).update());
        return live.flatMap(t -> accounts.findById(t.userId())).map(accounts::caller);
    }

    private record Live(long id, long userId, Instant lastUsedAt) {
    }

    /** The token owner: the actor themself, or an account the actor manages (else 404 / 403). */
    private AccountStore.Row owner(Caller actor, String username) {
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

    private static Instant instant(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
