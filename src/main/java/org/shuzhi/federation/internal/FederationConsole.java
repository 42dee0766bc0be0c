package org.shuzhi.federation.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The node's federation console for platform administrators whose scope covers the node's jurisdiction
 * ({@code FEDERATION_MANAGE}): this node's name, region and public key (what the neighbouring nodes are configured
 * with), each neighbour's sync state — position, last success, failures, next retry, last error — and "sync now".
 * As a page ({@code /federation}) and as JSON ({@code /api/federation/status}, {@code POST /api/federation/sync}).
 */
@Controller
@Tag(name = "Federation 级联")
class FederationConsole {

    private final FederationProperties properties;
    private final PeerStates states;
    private final CatalogSync sync;
    private final SignedExchange exchange;
    private final CallerContext caller;
    private final AuditLog audit;

    FederationConsole(FederationProperties properties, PeerStates states, CatalogSync sync, SignedExchange exchange,
            CallerContext caller, AuditLog audit) {
        this.properties = properties;
        this.states = states;
        this.sync = sync;
        this.exchange = exchange;
        this.caller = caller;
        this.audit = audit;
    }

    /** This node and where sync stands with each neighbour. */
    record Status(boolean enabled, String nodeId, String region, String publicKey, FederationProperties.Peer parent,
            List<FederationProperties.Peer> children, List<PeerStates.State> states) {
    }

    @GetMapping("/api/federation/status")
    @ResponseBody
    @Operation(summary = "级联状态 This node, its public key and the sync state with each neighbouring node")
    Status status() {
        require();
        if (!properties.enabled()) {
            return new Status(false, null, null, null, null, List.of(), List.of());
        }
        return new Status(true, properties.nodeId(), properties.region(), exchange.publicKey(), properties.parent(),
                properties.children(), states.all());
    }

    @PostMapping("/api/federation/sync")
    @ResponseBody
    @Operation(summary = "立即同步 Report to and receive from the parent node now",
            description = "Both directions at once, whatever the retry times; answers each direction's round.")
    List<CatalogSync.Round> syncNow() {
        require();
        if (!properties.enabled() || properties.parent() == null) {
            throw ApiProblem.conflict("federation.no-parent");
        }
        List<CatalogSync.Round> rounds = sync.syncNow();
        audit.record(new AuditEntry(caller.actor(), caller.scopeLabel(), "federation.sync", "node:"
                + properties.parent().nodeId(), rounds.stream().allMatch(CatalogSync.Round::succeeded)
                ? AuditEntry.Outcome.SUCCESS : AuditEntry.Outcome.FAILURE, null, null, null));
        return rounds;
    }

    @GetMapping("/federation")
    String page(Model model) {
        model.addAttribute("status", status());
        return "federation/index";
    }

    @PostMapping("/federation/sync")
    String syncFromPage(Model model) {
        model.addAttribute("rounds", syncNow());
        return page(model);
    }

    private void require() {
        if (!caller.holds("FEDERATION_MANAGE")
                || (properties.enabled() && !caller.scope().covers(properties.region()))) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, "federation.forbidden");
        }
    }
}
