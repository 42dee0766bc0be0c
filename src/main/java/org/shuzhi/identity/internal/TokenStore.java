package org.shuzhi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.shuzhi.identity.ApiTokens.TokenInfo;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bearer tokens in {@code identity.api_token}, reached through their account: on behalf of a caller only tokens of
 * accounts inside the caller's {@link DataScope}; unscoped only to authenticate a presented token.
 */
@Repository
class TokenStore {

    private static final String OWNED = " join identity.users u on u.id = t.user_id";

    private final JdbcClient jdbc;
    private final TokenCallers callers;

    TokenStore(JdbcClient jdbc, TokenCallers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** A live token: its account and when it expires. */
    record Use(long userId, Instant expires) {
    }

    /** Stores a token of account {@code userId} inside {@code scope}; empty when the account is not inside it. */
    Optional<Long> insert(DataScope scope, long userId, byte[] hash, String name, Instant now, Instant expires) {
        ScopedSql where = scoped(scope);
        return jdbc.sql("""
                insert into identity.api_token (user_id, token_hash, name, created_at, expires_at)
                select u.id, :hash, :name, :now, :expires from identity.users u
                where u.id = :user and %s returning id""".formatted(where.sql())).params(where.parameters())
                .param("user", userId).param("hash", hash).param("name", name).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).query(Long.class).optional();
    }

    /** The tokens of account {@code userId} when it is inside {@code scope}, oldest first. */
    List<TokenInfo> list(DataScope scope, long userId) {
        ScopedSql where = scoped(scope);
        return jdbc.sql("select t.id, t.name, t.created_at, t.expires_at, t.revoked_at, t.last_used_at"
                        + " from identity.api_token t" + OWNED + " where t.user_id = :user and " + where.sql()
                        + " order by t.id").params(where.parameters()).param("user", userId)
                .query((rs, n) -> new TokenInfo(rs.getLong("id"), rs.getString("name"), instant(rs, "created_at"),
                        instant(rs, "expires_at"), instant(rs, "revoked_at"), instant(rs, "last_used_at")))
                .list();
    }

    /** The username owning the token, when that account is inside {@code scope}. */
    Optional<String> owner(DataScope scope, long tokenId) {
        ScopedSql where = scoped(scope);
        return jdbc.sql("select u.username from identity.api_token t" + OWNED + " where t.id = :id and "
                + where.sql()).params(where.parameters()).param("id", tokenId).query(String.class).optional();
    }

    /** Revokes the token (once) when its account is inside {@code scope}; no cached caller outlives the commit. */
    void revoke(DataScope scope, long tokenId, Instant now) {
        callers.forgetAll();
        ScopedSql where = scoped(scope);
        jdbc.sql("""
                update identity.api_token t set revoked_at = :now
                where t.id = :id and t.revoked_at is null and t.user_id in
                    (select u.id from identity.users u where %s)""".formatted(where.sql()))
                .params(where.parameters()).param("now", Timestamp.from(now)).param("id", tokenId).update();
    }

    /**
     * The account of a live token (not expired, not revoked, account active), noting that the token was used —
     * at most once per {@code useResolution}, so a busy client does not write on every call.
     */
    @Unscoped("bearer authentication: the token presented is the caller's key, looked up before anyone is known")
    Optional<Use> authenticate(byte[] hash, Instant now, Duration useResolution) {
        return jdbc.sql("""
                with live as (
                    select t.id, t.user_id, t.expires_at, t.last_used_at from identity.api_token t
                    join identity.users u on u.id = t.user_id
                    where t.token_hash = :hash and u.status = 'ACTIVE' and t.revoked_at is null and t.expires_at > :now),
                touched as (
                    update identity.api_token a set last_used_at = :now from live
                    where a.id = live.id and (live.last_used_at is null or live.last_used_at < :stale) returning a.id)
                select user_id, expires_at from live""")
                .param("hash", hash).param("now", Timestamp.from(now))
                .param("stale", Timestamp.from(now.minus(useResolution)))
                .query((rs, n) -> new Use(rs.getLong("user_id"), instant(rs, "expires_at"))).optional();
    }

    private static ScopedSql scoped(DataScope scope) {
        return ScopedSql.where(scope, "u.region_code", "u.department_code");
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
