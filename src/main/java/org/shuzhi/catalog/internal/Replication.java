package org.shuzhi.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogEntryPublished;
import org.shuzhi.catalog.CatalogEntryWithdrawn;
import org.shuzhi.catalog.CatalogReplication;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link CatalogReplication}: changes read from the published versions ({@link EntryHistory#changes}); a received
 * entry is checked like a provider's draft (except its provider, a department of the sending node), then stored
 * through the same repositories as the workflow — working copy, items, the published version as a snapshot with this
 * node's id, a {@code RECEIVE} step — and announced with the same events as a local publication or withdrawal.
 */
@Service
class Replication implements CatalogReplication {

    private static final String ORIGIN = "[a-z0-9][a-z0-9-]{1,39}";

    private final DraftValidator validator;
    private final EntryRepository entries;
    private final EntryHistory history;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Replication(DraftValidator validator, EntryRepository entries, EntryHistory history,
            ApplicationEventPublisher publisher, Clock clock) {
        this.validator = validator;
        this.entries = entries;
        this.history = history;
        this.publisher = publisher;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Changes changesInside(DataScope scope, Position after, Instant before, int limit) {
        return history.changes(scope, false, after, before, limit);
    }

    @Override
    @Transactional(readOnly = true)
    public Changes changesAbove(DataScope scope, Position after, Instant before, int limit) {
        return history.changes(scope, true, after, before, limit);
    }

    @Override
    @Transactional
    public Outcome apply(Change change, String from, DataScope allowed) {
        CatalogEntry received = change.entry();
        if (received == null || change.origin() == null || !change.origin().matches(ORIGIN)
                || !received.code().equals(change.code()) || change.version() < 1) {
            return new Outcome(change.code(), Applied.REFUSED, "catalog.sync.malformed");
        }
        DraftValidator.Checked checked;
        try {
            checked = validator.checkReceived(draft(received), allowed);
        } catch (ApiProblem invalid) {
            return new Outcome(change.code(), Applied.REFUSED, invalid.messageKey());
        }
        Optional<CatalogEntry> held = entries.findByCode(change.code(), allowed, true);
        if (held.isPresent() && !change.origin().equals(held.get().origin())) {
            return new Outcome(change.code(), Applied.CONFLICT, "catalog.sync.code-taken");
        }
        String actor = "node:" + from;
        Instant now = clock.instant();
        if (held.isEmpty()) {
            if (change.withdrawn()) {
                // never held, nothing to withdraw; kept out so that it is not shown as if current
                return new Outcome(change.code(), Applied.UNCHANGED, null);
            }
            Optional<Long> inserted = entries.insert(checked, actor, now, allowed);
            if (inserted.isEmpty()) {
                // the code is held outside the sender's jurisdiction: by this node or by another origin
                return new Outcome(change.code(), Applied.CONFLICT, "catalog.sync.code-taken");
            }
            long id = inserted.get();
            entries.replaceItems(id, checked.draft().items(), allowed);
            history.stepNamed(id, change.version(), now, "RECEIVE", null, EntryState.PUBLISHED, actor, null, allowed);
            publish(id, change, received, actor, now, allowed);
            return new Outcome(change.code(), Applied.APPLIED, null);
        }
        CatalogEntry current = held.get();
        if (change.version() < current.publishedVersion()) {
            return new Outcome(change.code(), Applied.STALE, null);
        }
        boolean newer = change.version() > current.publishedVersion();
        if (newer && !change.withdrawn()) {
            if (!current.regionCode().equals(checked.draft().regionCode())
                    || !current.providerDepartment().equals(checked.draft().providerDepartment())
                    || !entries.update(current.id(), checked, current.rowVersion(), now, allowed)) {
                return new Outcome(change.code(), Applied.REFUSED, "catalog.sync.provider-changed");
            }
            entries.replaceItems(current.id(), checked.draft().items(), allowed);
            history.stepNamed(current.id(), change.version(), now, "RECEIVE", current.state(), EntryState.PUBLISHED, actor,
                    null, allowed);
            publish(current.id(), change, received, actor, now, allowed);
            return new Outcome(change.code(), Applied.APPLIED, null);
        }
        if (change.withdrawn() && current.state() != EntryState.WITHDRAWN) {
            entries.moveTo(current.id(), EntryState.WITHDRAWN, current.version(), current.publishedVersion(),
                    current.resource(), now, allowed);
            history.stepNamed(current.id(), current.version(), now, "RECEIVE", current.state(), EntryState.WITHDRAWN, actor,
                    null, allowed);
            publisher.publishEvent(new CatalogEntryWithdrawn(current.id(), current.code(), current.regionCode(),
                    "catalog sync from " + from, now));
            return new Outcome(change.code(), Applied.APPLIED, null);
        }
        return new Outcome(change.code(), Applied.UNCHANGED, null);
    }

    /** Makes {@code change}'s version the published one of entry {@code id}, kept as a snapshot with this node's id. */
    private void publish(long id, Change change, CatalogEntry received, String actor, Instant now, DataScope allowed) {
        entries.moveTo(id, EntryState.PUBLISHED, change.version(), change.version(), received.resource(), now, allowed);
        entries.markReceived(id, change.origin(), received.publishedOn(), allowed);
        CatalogEntry stored = entries.find(id, allowed, false).orElseThrow();
        history.publish(stored, actor, now, allowed);
        publisher.publishEvent(new CatalogEntryPublished(id, stored.code(), stored.version(), stored.regionCode(),
                stored.providerDepartment(), stored.sharing().type(), stored.openType(), now));
    }

    private static EntryDraft draft(CatalogEntry e) {
        return new EntryDraft(e.code(), e.classification(), e.name(), e.summary(), e.format(), e.updateCycle(),
                e.regionCode(), e.providerDepartment(), e.sharing(), e.openType(), e.related(), e.items());
    }
}
