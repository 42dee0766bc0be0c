package org.shuzhi.sharing.internal;

import static org.shuzhi.sharing.internal.ApplicationService.blank;

import java.time.Clock;
import java.time.Instant;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.sharing.NewObjection;
import org.shuzhi.sharing.Objection;
import org.shuzhi.sharing.ObjectionState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 数据异议: a consumer (SHARE_CALL or SHARE_REQUEST) files an objection on a resource it may see; the provider's side
 * (SHARE_APPROVE or CATALOG_MANAGE) accepts it, reports it corrected, or rejects it with a reason.
 */
@Service
class ObjectionService {

    private final Catalog catalog;
    private final ObjectionRepository objections;
    private final Callers callers;
    private final SharingAudit audit;
    private final Clock clock;

    ObjectionService(Catalog catalog, ObjectionRepository objections, Callers callers, SharingAudit audit, Clock clock) {
        this.catalog = catalog;
        this.objections = objections;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Objection file(NewObjection o) {
        Caller me = callers.current();
        if (!me.has(Permission.SHARE_CALL) && !me.has(Permission.SHARE_REQUEST)) {
            throw SharingAudit.forbidden("sharing.forbidden", "SHARE_CALL");
        }
        if (o == null || blank(o.entryCode())) {
            throw ApiProblem.badRequest("sharing.required", "entryCode");
        }
        CatalogEntry entry = catalog.published(o.entryCode(), me.scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.entry-not-found", o.entryCode()));
        if (blank(o.rowKey()) || o.rowKey().strip().length() > 200) {
            throw ApiProblem.badRequest("sharing.required", "rowKey");
        }
        if (blank(o.description()) || o.description().strip().length() > 2000) {
            throw ApiProblem.badRequest("sharing.required", "description");
        }
        if (o.evidence() != null && o.evidence().length() > 2000) {
            throw ApiProblem.badRequest("sharing.too-long", "evidence");
        }
        if (o.column() != null && entry.items().stream().noneMatch(i -> i.column().equals(o.column()))) {
            throw ApiProblem.badRequest("sharing.unknown-fields", o.column(), "");
        }
        long id = objections.insert(entry, me, o, clock.instant(), me.scope());
        audit.record("share.objection", "objection:" + id, AuditEntry.Outcome.SUCCESS,
                audit.details().put("entry", entry.code()).put("column", o.column()));
        return find(id);
    }

    Objection find(long id) {
        return objections.find(id, Sides.EITHER, callers.current().scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.objection-not-found", id));
    }

    @Transactional
    Objection resolve(long id, ObjectionState outcome, String reason) {
        Caller me = callers.current();
        Objection objection = objections.find(id, Sides.PROVIDER, me.scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.objection-not-found", id));
        if (!me.has(Permission.SHARE_APPROVE) && !me.has(Permission.CATALOG_MANAGE)) {
            throw SharingAudit.forbidden("sharing.forbidden", "SHARE_APPROVE");
        }
        if (outcome == null || outcome == ObjectionState.OPEN) {
            throw ApiProblem.badRequest("sharing.objection-outcome");
        }
        if (outcome == ObjectionState.REJECTED && blank(reason)) {
            throw ApiProblem.badRequest("sharing.reason-required");
        }
        if (objection.state() != ObjectionState.OPEN) {
            throw ApiProblem.conflict("sharing.objection-resolved", id, objection.state());
        }
        Instant now = clock.instant();
        String why = blank(reason) ? null : reason.strip();
        objections.resolve(id, outcome, me.username(), why, now, me.scope());
        audit.record("share.objection." + outcome.name().toLowerCase(java.util.Locale.ROOT), "objection:" + id,
                AuditEntry.Outcome.SUCCESS, audit.details().put("entry", objection.entryCode()).put("reason", why));
        return find(id);
    }
}
