package org.shuzhi.catalog.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.catalog.AttachedResource;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogAction;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.CatalogEntryPublished;
import org.shuzhi.catalog.CatalogEntryWithdrawn;
import org.shuzhi.catalog.EntryDraft;
import org.shuzhi.catalog.EntryState;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The catalog workflow on behalf of the current caller: cataloguing and editing (CATALOG_MANAGE, inside the
 * provider's scope), review and publication (CATALOG_REVIEW), withdrawal. Each step is one transaction that checks
 * the entry's state under a row lock, records the step, and — for review, publication and withdrawal — writes the
 * audit log. Entries outside the caller's scope answer 404; a step not allowed from the current state answers 409
 * naming that state; a missing permission 403.
 */
@Service
class CatalogService implements Catalog {

    private final DraftValidator validator;
    private final EntryRepository entries;
    private final EntryHistory history;
    private final CallerContext caller;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ObjectMapper json;

    CatalogService(DraftValidator validator, EntryRepository entries, EntryHistory history, CallerContext caller,
            AuditLog audit, ApplicationEventPublisher publisher, Clock clock, ObjectMapper json) {
        this.validator = validator;
        this.entries = entries;
        this.history = history;
        this.caller = caller;
        this.audit = audit;
        this.publisher = publisher;
        this.clock = clock;
        this.json = json;
    }

    /** 编目: a new entry in {@code DRAFT}. */
    @Transactional
    public CatalogEntry create(EntryDraft draft) {
        require(Workflow.MANAGE);
        DataScope scope = caller.scope();
        DraftValidator.Checked checked = validator.check(draft, scope);
        Instant now = clock.instant();
        long id = entries.insert(checked, caller.actor(), now, scope)
                .orElseThrow(() -> ApiProblem.conflict("catalog.code-taken", draft.code()));
        entries.replaceItems(id, checked.draft().items(), scope);
        history.step(id, 1, now, null, null, EntryState.DRAFT, caller.actor(), null, scope);
        return entries.find(id, scope, false).orElseThrow();
    }

    /** Edits the working copy; allowed while it is a draft, attached or rejected, at {@code rowVersion}. */
    @Transactional
    public CatalogEntry update(long id, EntryDraft draft, int rowVersion) {
        require(Workflow.MANAGE);
        DataScope scope = caller.scope();
        CatalogEntry current = entries.find(id, scope, true).orElseThrow(() -> notFound(id));
        refuseReceived(current);
        if (!Workflow.EDITABLE.contains(current.state())) {
            throw ApiProblem.conflict("catalog.not-editable", current.state());
        }
        if (!current.code().equals(draft.code())) {
            throw DraftValidator.field("code", "catalog.draft.code-fixed", current.code());
        }
        DraftValidator.Checked checked = validator.check(draft, scope);
        if (!checked.draft().providerDepartment().equals(current.providerDepartment())) {
            throw DraftValidator.field("providerDepartment", "catalog.draft.provider-fixed", current.providerDepartment());
        }
        if (!entries.update(id, checked, rowVersion, clock.instant(), scope)) {
            throw ApiProblem.conflict("catalog.changed-meanwhile", current.rowVersion());
        }
        entries.replaceItems(id, checked.draft().items(), scope);
        return entries.find(id, scope, false).orElseThrow();
    }

    /** Takes one workflow step. {@code resource} is needed for ATTACH, {@code reason} where the workflow says. */
    @Transactional
    public CatalogEntry act(long id, CatalogAction action, String reason, AttachedResource resource) {
        Workflow.Rule rule = Workflow.rule(action);
        DataScope scope = caller.scope();
        CatalogEntry current = entries.find(id, scope, true).orElseThrow(() -> notFound(id));
        require(rule.permission());
        refuseReceived(current);
        if (!rule.from().contains(current.state())) {
            throw ApiProblem.conflict("catalog.illegal-step", action, current.state());
        }
        if (rule.reasonRequired() && (reason == null || reason.isBlank())) {
            throw DraftValidator.field("reason", "catalog.reason-required", action);
        }
        Instant now = clock.instant();
        int version = action == CatalogAction.REVISE ? current.version() + 1 : current.version();
        Integer published = action == CatalogAction.PUBLISH ? Integer.valueOf(current.version())
                : current.publishedVersion();
        AttachedResource attached = action == CatalogAction.ATTACH ? checkResource(resource) : current.resource();
        entries.moveTo(id, rule.to(), version, published, attached, now, scope);
        history.step(id, version, now, action, current.state(), rule.to(), caller.actor(), reason, scope);
        CatalogEntry after = entries.find(id, scope, false).orElseThrow();
        if (action == CatalogAction.PUBLISH) {
            history.publish(after, caller.actor(), now, scope);
            publisher.publishEvent(new CatalogEntryPublished(id, after.code(), after.version(), after.regionCode(),
                    after.providerDepartment(), after.sharing().type(), after.openType(), now));
        } else if (action == CatalogAction.WITHDRAW) {
            publisher.publishEvent(new CatalogEntryWithdrawn(id, after.code(), after.regionCode(), reason, now));
        }
        if (Set.of(CatalogAction.APPROVE, CatalogAction.REJECT, CatalogAction.PUBLISH, CatalogAction.WITHDRAW)
                .contains(action)) {
            audit("catalog." + action.name().toLowerCase(), after, reason);
        }
        return after;
    }

    /** The entry as the caller sees it: the working copy on the provider's side, else the published version. */
    @Transactional(readOnly = true)
    public CatalogEntry find(long id) {
        DataScope scope = caller.scope();
        return entries.find(id, scope, false).or(() -> history.published(id, null, scope))
                .orElseThrow(() -> notFound(id));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntry> published(String code, DataScope scope) {
        return history.publishedByCode(code, scope);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CatalogEntry> workingCopy(long id, DataScope scope) {
        return entries.find(id, scope, false);
    }

    private static AttachedResource checkResource(AttachedResource resource) {
        if (resource == null || !Set.of("DATASET", "API").contains(resource.kind())) {
            throw DraftValidator.field("resource.kind", "catalog.resource.kind");
        }
        if (resource.reference() == null || resource.reference().isBlank() || resource.reference().length() > 500) {
            throw DraftValidator.field("resource.reference", "catalog.resource.reference");
        }
        return new AttachedResource(resource.kind(), resource.reference().strip());
    }

    /** Entries received by catalog sync are maintained on the node that catalogued them. */
    private static void refuseReceived(CatalogEntry entry) {
        if (entry.received()) {
            throw ApiProblem.conflict("catalog.received-read-only", entry.origin());
        }
    }

    private void require(String permission) {
        if (!caller.holds(permission)) {
            throw new ApiProblem(org.springframework.http.HttpStatus.FORBIDDEN, "catalog.forbidden", permission);
        }
    }

    static ApiProblem notFound(long id) {
        return ApiProblem.notFound("catalog.not-found", id);
    }

    private void audit(String action, CatalogEntry entry, String reason) {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        var details = json.createObjectNode().put("version", entry.version());
        if (reason != null) {
            details.put("reason", reason);
        }
        audit.record(new AuditEntry(caller.actor(), caller.scopeLabel(), action, "catalog:" + entry.code(),
                AuditEntry.Outcome.SUCCESS, ip, MDC.get("requestId"), details.toString()));
    }
}
