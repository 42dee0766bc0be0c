package org.shuzhi.event.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shuzhi.identity.Callers;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST API of the dispatch rules 派遣规则, within the caller's scope: read with {@code EVENT_DISPATCH}, write with
 * {@code USER_MANAGE} as well; and a preview of which rule would apply to a report and why.
 */
@RestController
@RequestMapping("/api/events/dispatch-rules")
@Tag(name = "Dispatch rules 派遣规则", description = "Where events go: by category, grid, region, urgency and time, "
        + "along the ladder 小事不出格、大事不出村、难事不出镇")
class DispatchRuleApi {

    private final DispatchRuleService service;
    private final DispatchPreview preview;
    private final Callers callers;

    DispatchRuleApi(DispatchRuleService service, DispatchPreview preview, Callers callers) {
        this.service = service;
        this.preview = preview;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "The rules inside the caller's scope, active ones first")
    List<DispatchRule> list() {
        return service.list(callers.current());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One rule; 404 outside the caller's scope")
    DispatchRule get(@PathVariable long id) {
        return service.get(callers.current(), id);
    }

    @PostMapping
    @Operation(summary = "Create a rule in a region inside the caller's scope; 409 when the region has one of "
            + "that name")
    ResponseEntity<DispatchRule> create(@RequestBody RuleDraft body) {
        DispatchRule rule = service.create(callers.current(), body);
        return ResponseEntity.created(URI.create("/api/events/dispatch-rules/" + rule.id())).body(rule);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a rule's fields; the body carries the version read (409 when it changed since)")
    DispatchRule update(@PathVariable long id, @RequestBody RuleDraft body) {
        return service.update(callers.current(), id, body);
    }

    /** The version the caller read, or none to deactivate whatever the rule is now. */
    record Deactivation(Integer version) {
    }

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate a rule: it never applies again but stays for the record")
    DispatchRule deactivate(@PathVariable long id, @RequestBody(required = false) Deactivation body) {
        return service.deactivate(callers.current(), id, body == null ? null : body.version());
    }

    @GetMapping("/preview")
    @Operation(summary = "Which rule would apply to a report of this category at this place now (or at `at`), and "
            + "why — where it would go and whether it would be dispatched automatically")
    DispatchPreview.Answer preview(
            @Parameter(description = "a leaf category code") @RequestParam(required = false) String category,
            @RequestParam(required = false) Double lat, @RequestParam(required = false) Double lng,
            @Parameter(description = "the village or township, for a report without a point")
            @RequestParam(required = false) String region,
            @Parameter(description = "NORMAL (default), URGENT or CRITICAL")
            @RequestParam(required = false) String urgency,
            @Parameter(description = "the moment, ISO-8601 instant; now when absent")
            @RequestParam(required = false) String at) {
        DispatchPreview.Question question = new DispatchPreview.Question(category, lat, lng, region, urgency, at);
        return preview.preview(callers.current(), question);
    }
}
