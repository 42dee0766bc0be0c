package org.shuzhi.federation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.catalog.CatalogReplication;
import org.shuzhi.catalog.CatalogReplication.Applied;
import org.shuzhi.catalog.CatalogReplication.Change;
import org.shuzhi.catalog.CatalogReplication.Changes;
import org.shuzhi.catalog.CatalogReplication.Outcome;
import org.shuzhi.federation.internal.CatalogMessages.ChangesAsked;
import org.shuzhi.federation.internal.CatalogMessages.Receipt;
import org.shuzhi.federation.internal.CatalogMessages.Report;
import org.shuzhi.federation.internal.PeerStates.Direction;
import org.shuzhi.federation.internal.PeerStates.State;
import org.shuzhi.platform.DataScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The lower node's side of catalog sync, run every {@code interval} and at once on request: 上报 sends this node's
 * changed entries to the parent page by page and moves its position only after the parent's signed receipt; 回流
 * asks the parent for the changes above this node's jurisdiction and stores them in the same transaction as the new
 * position. Each page's transaction holds the direction's state row, so two instances of one node never send the
 * same page at once. A failure keeps the position and retries after a wait that doubles up to {@code max-backoff};
 * what was sent twice is recognised by the receiver and changes nothing.
 */
@Component
class CatalogSync {

    private static final Logger log = LoggerFactory.getLogger(CatalogSync.class);
    private static final int MAX_PAGES = 50;

    private final FederationProperties properties;
    private final ParentLink parent;
    private final CatalogReplication catalog;
    private final PeerStates states;
    private final NonceLedger nonces;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    CatalogSync(FederationProperties properties, ParentLink parent, CatalogReplication catalog, PeerStates states,
            NonceLedger nonces, TransactionTemplate transaction, AuditLog audit, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.parent = parent;
        this.catalog = catalog;
        this.states = states;
        this.nonces = nonces;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** One direction's round: changes moved, applied by the receiver, not applied, and the error if it failed. */
    record Round(Direction direction, int changes, int applied, int notApplied, String error) {

        boolean succeeded() {
            return error == null;
        }
    }

    private record Page(int changes, int applied, int notApplied, boolean more) {
    }

    @Scheduled(fixedDelayString = "${shuzhi.federation.tick:5s}", initialDelayString = "${shuzhi.federation.tick:5s}")
    void tick() {
        if (!properties.enabled()) {
            return;
        }
        Instant now = clock.instant();
        nonces.forget(now.minus(properties.clockSkew().multipliedBy(2)));
        if (properties.parent() == null) {
            return;
        }
        for (Direction direction : List.of(Direction.REPORT, Direction.FLOWBACK)) {
            if (due(states.get(properties.parent().nodeId(), direction, false), now)) {
                run(direction);
            }
        }
    }

    /** Both directions now, whatever the retry times say; empty when this node has no parent. */
    List<Round> syncNow() {
        if (!properties.enabled() || properties.parent() == null) {
            return List.of();
        }
        return List.of(run(Direction.REPORT), run(Direction.FLOWBACK));
    }

    private boolean due(State state, Instant now) {
        if (state.nextAttemptAt() != null) {
            return !now.isBefore(state.nextAttemptAt());
        }
        return state.lastAttemptAt() == null || !now.isBefore(state.lastAttemptAt().plus(properties.interval()));
    }

    Round run(Direction direction) {
        String parentNode = properties.parent().nodeId();
        int changes = 0;
        int applied = 0;
        int notApplied = 0;
        try {
            for (int i = 0; i < MAX_PAGES; i++) {
                Page page = transaction.execute(status -> direction == Direction.REPORT ? report() : flowBack());
                changes += page.changes();
                applied += page.applied();
                notApplied += page.notApplied();
                if (!page.more()) {
                    break;
                }
            }
            return new Round(direction, changes, applied, notApplied, null);
        } catch (RuntimeException failure) {
            String error = failure.getMessage() == null ? failure.toString() : failure.getMessage();
            Instant now = clock.instant();
            transaction.executeWithoutResult(status -> {
                State state = states.get(parentNode, direction, true);
                states.failed(parentNode, direction, error, now, now.plus(backoff(state.failures())));
            });
            log.warn("Catalog sync {} with {} failed, retrying later: {}", direction, parentNode, error);
            return new Round(direction, changes, applied, notApplied, error);
        }
    }

    /** interval × 2^failures, at most max-backoff. */
    Duration backoff(int failures) {
        Duration wait = properties.interval().multipliedBy(1L << Math.min(failures, 20));
        return wait.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : wait;
    }

    private Page report() {
        String parentNode = properties.parent().nodeId();
        State state = states.get(parentNode, Direction.REPORT, true);
        Instant now = clock.instant();
        Changes changes = catalog.changesInside(DataScope.of(properties.region()), state.position(),
                now.minus(properties.settle()), properties.batch());
        if (changes.changes().isEmpty()) {
            states.succeeded(parentNode, Direction.REPORT, state.position(), 0, 0, now);
            return new Page(0, 0, 0, false);
        }
        List<Change> stamped = changes.changes().stream()
                .map(c -> CatalogMessages.stamped(c, properties.nodeId())).toList();
        Message<Receipt> answer = parent.call(CatalogMessages.REPORTS, new Report(stamped), type(Receipt.class));
        Receipt receipt = answer.body();
        states.succeeded(parentNode, Direction.REPORT, changes.next(), stamped.size(), receipt.applied(), now);
        return new Page(stamped.size(), receipt.applied(), receipt.notApplied().size(), changes.more());
    }

    private Page flowBack() {
        FederationProperties.Peer above = properties.parent();
        State state = states.get(above.nodeId(), Direction.FLOWBACK, true);
        Message<Changes> answer = parent.call(CatalogMessages.CHANGES,
                new ChangesAsked(state.position(), properties.batch()), type(Changes.class));
        Changes changes = answer.body();
        DataScope own = DataScope.of(properties.region());
        DataScope theirs = DataScope.of(above.region());
        int applied = 0;
        List<Outcome> notApplied = new ArrayList<>();
        for (Change change : changes.changes()) {
            Outcome outcome = change.entry() != null && own.covers(change.entry().regionCode())
                    // this node is the authority for its own jurisdiction: never overwritten from above
                    ? new Outcome(change.code(), Applied.REFUSED, "federation.not-from-above")
                    : catalog.apply(change, above.nodeId(), theirs);
            if (outcome.applied() == Applied.APPLIED) {
                applied++;
            } else if (outcome.applied() != Applied.UNCHANGED) {
                notApplied.add(outcome);
            }
        }
        Instant now = clock.instant();
        states.succeeded(above.nodeId(), Direction.FLOWBACK, changes.next(), changes.changes().size(), applied, now);
        if (applied > 0 || !notApplied.isEmpty()) {
            audit.record(new AuditEntry("node:" + above.nodeId(), above.region(), "federation.flowback.received",
                    "node:" + properties.nodeId(), AuditEntry.Outcome.SUCCESS, null, null, json.createObjectNode()
                    .put("changes", changes.changes().size()).put("applied", applied)
                    .set("notApplied", json.valueToTree(notApplied)).toString()));
        }
        return new Page(changes.changes().size(), applied, notApplied.size(), changes.more());
    }

    private JavaType type(Class<?> body) {
        return json.getTypeFactory().constructType(body);
    }
}
