package org.shuzhi.federation.internal;

import java.util.List;

import org.shuzhi.catalog.CatalogReplication.Change;
import org.shuzhi.catalog.CatalogReplication.Outcome;
import org.shuzhi.catalog.CatalogReplication.Position;

/** The bodies of catalog-sync messages; the answer to {@link ChangesAsked} is a {@code CatalogReplication.Changes}. */
final class CatalogMessages {

    /** Paths on the higher node. */
    static final String REPORTS = "/api/federation/node/catalog/reports";
    static final String CHANGES = "/api/federation/node/catalog/changes";

    private CatalogMessages() {
    }

    /** A change as {@code node} sends it: its own entries (without an origin) carry {@code node} as their origin. */
    static Change stamped(Change change, String node) {
        return change.origin() != null ? change : new Change(change.code(), change.version(), change.withdrawn(), node,
                change.entry(), change.position());
    }

    /** 上报: changed entries of the lower node, in its modification order. */
    record Report(List<Change> changes) {

        Report {
            changes = changes == null ? List.of() : List.copyOf(changes);
        }
    }

    /** The higher node's answer to a report: what it did with each change (those not applied, with the reason). */
    record Receipt(int applied, int unchanged, int stale, List<Outcome> notApplied) {

        Receipt {
            notApplied = notApplied == null ? List.of() : List.copyOf(notApplied);
        }
    }

    /** 回流: the lower node asks for the higher levels' changes after its position. */
    record ChangesAsked(Position after, int limit) {
    }
}
