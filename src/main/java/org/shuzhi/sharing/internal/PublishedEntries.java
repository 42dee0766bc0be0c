package org.shuzhi.sharing.internal;

import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogEntryPublished;
import org.shuzhi.catalog.CatalogEntryWithdrawn;
import org.shuzhi.platform.DataScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The published catalog entries sharing calls are served from, remembered for a few seconds per entry and scope
 * ({@code shuzhi.sharing.entry-cache}, default 5 s) so that a busy consumer does not read the catalog on every call.
 * A publication or withdrawal forgets everything at once on this node; other nodes catch up within the period.
 */
@Component
class PublishedEntries {

    private record Key(String code, DataScope scope) {
    }

    private record Held(Optional<CatalogEntry> entry, long until) {
    }

    private static final int MAX_HELD = 10_000;

    private final Catalog catalog;
    private final long periodNanos;
    private final ConcurrentHashMap<Key, Held> held = new ConcurrentHashMap<>();

    PublishedEntries(Catalog catalog, @Value("${shuzhi.sharing.entry-cache:5s}") java.time.Duration period) {
        this.catalog = catalog;
        this.periodNanos = period.toNanos();
    }

    /** {@link Catalog#published}, as of at most the cache period ago. */
    Optional<CatalogEntry> published(String code, DataScope scope) {
        long now = System.nanoTime();
        Key key = new Key(code, scope);
        Held h = held.get(key);
        if (h != null && now - h.until() < 0) {
            return h.entry();
        }
        Optional<CatalogEntry> entry = catalog.published(code, scope);
        if (held.size() >= MAX_HELD) {
            held.clear(); // many scopes at once: start over rather than grow
        }
        held.put(key, new Held(entry, now + periodNanos));
        return entry;
    }

    @EventListener
    void on(CatalogEntryPublished published) {
        held.clear();
    }

    @EventListener
    void on(CatalogEntryWithdrawn withdrawn) {
        held.clear();
    }
}
