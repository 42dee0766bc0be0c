package org.shuzhi.federation.internal;

import java.time.Clock;
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
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The higher node's side of catalog sync with its children: a child's report is opened (signature, address, time,
 * nonce), its changes applied in one transaction inside the child's jurisdiction, and only after the commit is the
 * signed receipt sealed; a child asking for the higher levels' catalog gets the changes above its jurisdiction.
 * Reports that changed something, answers that carried changes, and every refusal go to the audit log.
 */
@Service
class ChildExchange {

    private static final int MAX_PAGE = 500;

    private final SignedExchange exchange;
    private final CatalogReplication catalog;
    private final PeerStates states;
    private final FederationProperties properties;
    private final TransactionTemplate transaction;
    private final AuditLog audit;
    private final ObjectMapper json;
    private final Clock clock;

    ChildExchange(SignedExchange exchange, CatalogReplication catalog, PeerStates states,
            FederationProperties properties, TransactionTemplate transaction, AuditLog audit, ObjectMapper json,
            Clock clock) {
        this.exchange = exchange;
        this.catalog = catalog;
        this.states = states;
        this.properties = properties;
        this.transaction = transaction;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** A child's 上报: applies its changes and answers the sealed receipt. */
    SignedExchange.Sealed report(byte[] body, String node, String signature, String ip) {
        Message<Report> message = open(body, node, signature, Report.class, ip);
        FederationProperties.Peer child = properties.child(message.from()).orElseThrow();
        DataScope jurisdiction = DataScope.of(child.region());
        Receipt receipt = transaction.execute(status -> {
            List<Outcome> notApplied = new ArrayList<>();
            int[] counts = new int[Applied.values().length];
            for (Change change : message.body().changes()) {
                Outcome outcome = catalog.apply(change, child.nodeId(), jurisdiction);
                counts[outcome.applied().ordinal()]++;
                if (outcome.applied() != Applied.APPLIED && outcome.applied() != Applied.UNCHANGED) {
                    notApplied.add(outcome);
                }
            }
            List<Change> changes = message.body().changes();
            Instant now = clock.instant();
            states.get(child.nodeId(), Direction.RECEIVED, true);
            states.succeeded(child.nodeId(), Direction.RECEIVED, changes.isEmpty()
                    ? CatalogReplication.Position.START : changes.get(changes.size() - 1).position(),
                    changes.size(), counts[Applied.APPLIED.ordinal()], now);
            return new Receipt(counts[Applied.APPLIED.ordinal()], counts[Applied.UNCHANGED.ordinal()],
                    counts[Applied.STALE.ordinal()], notApplied);
        });
        record(child, "federation.report.received", ip, receipt);
        return exchange.seal(child.nodeId(), message.nonce(), receipt);
    }

    /** A child's 回流 request: the changes of the levels above its jurisdiction after its position. */
    SignedExchange.Sealed changes(byte[] body, String node, String signature, String ip) {
        Message<ChangesAsked> message = open(body, node, signature, ChangesAsked.class, ip);
        FederationProperties.Peer child = properties.child(message.from()).orElseThrow();
        ChangesAsked asked = message.body();
        if (asked == null || asked.after() == null || asked.after().modifiedAt() == null) {
            throw ApiProblem.badRequest("federation.unreadable", child.nodeId());
        }
        Instant now = clock.instant();
        Changes changes = catalog.changesAbove(DataScope.of(child.region()), asked.after(),
                now.minus(properties.settle()), Math.max(1, Math.min(asked.limit(), MAX_PAGE)));
        Changes stamped = new Changes(changes.changes().stream()
                .map(c -> CatalogMessages.stamped(c, properties.nodeId())).toList(), changes.next(),
                changes.more());
        transaction.executeWithoutResult(status -> {
            states.get(child.nodeId(), Direction.SERVED, true);
            states.succeeded(child.nodeId(), Direction.SERVED, changes.next(), changes.changes().size(), 0, now);
        });
        if (!changes.changes().isEmpty()) {
            record(child, "federation.flowback.served", ip, json.createObjectNode()
                    .put("changes", changes.changes().size()).put("more", changes.more()));
        }
        return exchange.seal(child.nodeId(), message.nonce(), stamped);
    }

    private <T> Message<T> open(byte[] body, String node, String signature, Class<T> type, String ip) {
        if (!properties.enabled()) {
            throw new ApiProblem(HttpStatus.NOT_FOUND, "federation.disabled");
        }
        JavaType bodyType = json.getTypeFactory().constructType(type);
        try {
            return exchange.openRequest(body, node, signature, bodyType);
        } catch (ApiProblem refused) {
            audit.record(new AuditEntry("node:" + (node == null ? "?" : node.length() > 40 ? node.substring(0, 40)
                    : node), null, "federation.refused", "node:" + properties.nodeId(), AuditEntry.Outcome.DENIED, ip,
                    null, json.createObjectNode().put("reason", refused.messageKey()).toString()));
            throw refused;
        }
    }

    private void record(FederationProperties.Peer child, String action, String ip, Object details) {
        audit.record(new AuditEntry("node:" + child.nodeId(), child.region(), action, "node:" + child.nodeId(),
                AuditEntry.Outcome.SUCCESS, ip, null, json.valueToTree(details).toString()));
    }
}
