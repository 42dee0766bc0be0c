package org.shuzhi.catalog;

import java.time.Instant;
import java.util.List;

import org.shuzhi.platform.DataScope;

/**
 * Catalog sync between levels 目录级联, as the catalog offers it to the module that talks to other Shuzhi nodes: the
 * entries whose published version or withdrawal changed after a position, in modification order, and applying an
 * entry received from another node — idempotently: an entry already held at that version changes nothing, an older
 * version is ignored, so a batch sent twice (a lost acknowledgement, a retry) leaves no duplicates.
 *
 * <p>Received entries are kept read-only with their {@linkplain CatalogEntry#origin() origin node}; they take part
 * in search and in the published catalog like any other, with the same visibility.
 */
public interface CatalogReplication {

    /** A position in one node's sequence of catalog changes: modification time, then entry id. */
    record Position(Instant modifiedAt, long id) {

        /** Before every change. */
        public static final Position START = new Position(Instant.EPOCH, 0);
    }

    /**
     * One entry as it travels between nodes.
     *
     * @param version   its published version
     * @param withdrawn whether it was withdrawn (撤销) after that version was published
     * @param origin    the node it was catalogued on; {@code null} in a change read here for this node's own entries
     * @param entry     the published version as published
     * @param position  where it stands in the sender's sequence
     */
    record Change(String code, int version, boolean withdrawn, String origin, CatalogEntry entry, Position position) {
    }

    /** A page of changes, the position to continue after, and whether more changes follow. */
    record Changes(List<Change> changes, Position next, boolean more) {

        public Changes {
            changes = List.copyOf(changes);
        }
    }

    /** What applying one received change did. */
    enum Applied {
        /** Stored: a new entry, a newer version or a withdrawal. */
        APPLIED,
        /** Already held at that version and state: nothing changed. */
        UNCHANGED,
        /** Older than the version held: ignored. */
        STALE,
        /** The code belongs to an entry of this node or of another origin: not overwritten. */
        CONFLICT,
        /** Not acceptable from that sender: outside its jurisdiction, or an invalid entry. */
        REFUSED
    }

    /** The outcome of one change, with the message key of the reason when it was not applied. */
    record Outcome(String code, Applied applied, String reason) {
    }

    /**
     * 上报: changes of published or withdrawn entries whose region lies inside {@code scope} — a lower node's
     * jurisdiction as seen from that node — after {@code after} and modified before {@code before} (changes still
     * settling are left for the next page), at most {@code limit}.
     */
    Changes changesInside(DataScope scope, Position after, Instant before, int limit);

    /**
     * 回流: changes of published or withdrawn entries of the levels above {@code scope}'s regions (their proper
     * ancestors) — the higher levels' shared catalog that a lower node with jurisdiction {@code scope} receives.
     */
    Changes changesAbove(DataScope scope, Position after, Instant before, int limit);

    /**
     * Applies a change received from node {@code from}: the entry must lie inside {@code allowed} (the sender's
     * jurisdiction) and carry its origin. Part of the caller's transaction when there is one.
     */
    Outcome apply(Change change, String from, DataScope allowed);
}
