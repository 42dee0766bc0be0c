package org.shuzhi.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Opaque bearer tokens for users and system accounts. Only a token's SHA-256 is stored; the plain token is shown
 * once, when issued. Issuing and revoking are audited ({@code token.issue}, {@code token.revoke}).
 */
public interface ApiTokens {

    /**
     * Issues a token for {@code username}: anyone for themself, otherwise only with {@link Permission#USER_MANAGE}
     * for a system account inside the actor's scope (else a 404 problem, as if it did not exist) — never for another
     * person: the administrator would then act, and be audited, as that person (403).
     *
     * @param ttl lifetime, at most the configured maximum
     */
    IssuedToken issue(Caller actor, String username, String name, Duration ttl);

    /** Revokes a token of the actor's own or, with {@link Permission#USER_MANAGE}, of an account in scope. */
    void revoke(Caller actor, long tokenId);

    /** The tokens of an account (never the token text), under the same rule as {@link #issue}. */
    List<TokenInfo> list(Caller actor, String username);

    /** A freshly issued token: {@code token} is its only appearance in clear. */
    record IssuedToken(long id, String token, Instant expiresAt) {
    }

    /** What is known about a stored token. */
    record TokenInfo(long id, String name, Instant createdAt, Instant expiresAt, Instant revokedAt,
            Instant lastUsedAt) {
    }
}
