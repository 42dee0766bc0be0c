package org.shuzhi.identity.internal;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.Invalidation;
import org.springframework.stereotype.Component;

/**
 * Bearer token → {@link Caller}, remembered for {@code shuzhi.identity.token-cache-ttl} (default 10 s) so that a
 * busy client does not cost three queries per request. Keyed by the token's SHA-256, never the token itself.
 *
 * <p><b>Staleness.</b> Every write that changes what a token stands for — revoking a token, disabling an account,
 * changing its place, roles or grids, changing or deleting a role — calls {@link #forgetAll()}, which empties the
 * cache at once and again after the writing transaction commits; so on this instance the change takes effect with
 * the commit. Other instances notice within the TTL (see docs/DECISIONS.md). A cached caller is also dropped when
 * its token expires. Only live tokens are cached: an unknown token is looked up every time.
 */
@Component
class TokenCallers {

    /** A live token's caller, valid until the token expires. */
    record Live(Caller caller, Instant tokenExpires) {
    }

    private final Cache<ByteBuffer, Live> cache;
    /** A lookup that overlapped a change does not keep its answer. */
    private final Invalidation invalidation;

    TokenCallers(IdentityProperties properties) {
        Duration ttl = properties.tokenCacheTtl();
        this.cache = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
        this.invalidation = new Invalidation(cache::invalidateAll);
    }

    /** The caller of the token with this hash: remembered, or looked up by {@code lookup} and remembered. */
    Optional<Caller> caller(byte[] hash, Instant now, Supplier<Optional<Live>> lookup) {
        ByteBuffer key = ByteBuffer.wrap(hash);
        Live known = cache.getIfPresent(key);
        if (known != null) {
            if (known.tokenExpires().isAfter(now)) {
                return Optional.of(known.caller());
            }
            cache.invalidate(key);
        }
        long before = invalidation.generation();
        Optional<Live> found = lookup.get();
        found.ifPresent(live -> {
            cache.put(key, live);
            // a change either cleared our entry or shows here
            if (!invalidation.unchangedSince(before)) {
                cache.invalidate(key);
            }
        });
        return found.map(Live::caller);
    }

    /** Forgets every cached caller now and again when the writing transaction ends ({@link Invalidation}). */
    void forgetAll() {
        invalidation.changed();
    }
}
