package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.shuzhi.audit.AuditEntry;
import org.shuzhi.calendar.TimeLimit;
import org.shuzhi.calendar.WorkingCalendar;
import org.shuzhi.catalog.Catalog;
import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.sharing.ApplicationState;
import org.shuzhi.sharing.Decision;
import org.shuzhi.sharing.NewApplication;
import org.shuzhi.sharing.ShareApplication;
import org.shuzhi.sharing.ShareGrant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 共享申请 on behalf of the current caller: applying (SHARE_REQUEST, for a conditional resource the caller may see,
 * rows inside the caller's scope) and deciding (SHARE_APPROVE, on the provider's side of the caller's scope). The
 * provider must decide within {@code shuzhi.sharing.decision-limit} (default 10 working days, close of business).
 */
@Service
class ApplicationService {

    private final Catalog catalog;
    private final ApplicationRepository applications;
    private final GrantRepository grants;
    private final Callers callers;
    private final WorkingCalendar calendar;
    private final SharingAudit audit;
    private final Clock clock;
    private final TimeLimit limit;

    ApplicationService(Catalog catalog, ApplicationRepository applications, GrantRepository grants, Callers callers,
            WorkingCalendar calendar, SharingAudit audit, Clock clock,
            @Value("${shuzhi.sharing.decision-limit:10d}") String limit) {
        this.catalog = catalog;
        this.applications = applications;
        this.grants = grants;
        this.callers = callers;
        this.calendar = calendar;
        this.audit = audit;
        this.clock = clock;
        this.limit = TimeLimit.parse(limit);
    }

    /** What an application holds once checked. */
    record Checked(String purpose, List<String> fields, int durationDays, String legalBasis, String rowRegion) {
    }

    @Transactional
    ShareApplication apply(NewApplication application) {
        Caller me = callers.current();
        require(me, "SHARE_REQUEST");
        if (application == null || blank(application.entryCode())) {
            throw ApiProblem.badRequest("sharing.required", "entryCode");
        }
        CatalogEntry entry = catalog.published(application.entryCode(), me.scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.entry-not-found", application.entryCode()));
        if (entry.sharing().type() == SharingType.NOT_SHARED) {
            throw ApiProblem.conflict("sharing.not-shared", entry.code(), entry.sharing().legalBasis());
        }
        if (entry.sharing().type() == SharingType.UNCONDITIONAL) {
            throw ApiProblem.conflict("sharing.unconditional", entry.code());
        }
        Checked checked = check(application, entry, me);
        Instant now = clock.instant();
        Instant due = calendar.deadline(now, limit).due();
        Instant remind = calendar.deadline(now, limit.halved()).due();
        long id = applications.insert(entry, new ApplicationRepository.Applicant(me.username(), me.regionCode(),
                me.departmentCode()), checked, now, remind, due, me.scope());
        applications.step(id, "SUBMIT", me.username(), checked.purpose(), now, me.scope());
        var details = audit.details().put("entry", entry.code()).put("purpose", checked.purpose());
        details.putPOJO("fields", checked.fields());
        audit.record("share.apply", "application:" + id, AuditEntry.Outcome.SUCCESS, details);
        return find(id);
    }

    ShareApplication find(long id) {
        return applications.find(id, Sides.EITHER, callers.current().scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.application-not-found", id));
    }

    /** Approves (issuing a grant, optionally narrowed) or rejects (with a reason) a pending application. */
    @Transactional
    ShareApplication decide(long id, Decision decision) {
        Caller me = callers.current();
        ShareApplication application = applications.find(id, Sides.PROVIDER, me.scope())
                .orElseThrow(() -> ApiProblem.notFound("sharing.application-not-found", id));
        require(me, "SHARE_APPROVE");
        if (application.state() != ApplicationState.PENDING) {
            throw ApiProblem.conflict("sharing.decided", id, application.state());
        }
        Instant now = clock.instant();
        if (decision == null || !decision.approve()) {
            String reason = decision == null ? null : decision.reason();
            if (blank(reason)) {
                throw ApiProblem.badRequest("sharing.reason-required");
            }
            applications.decide(id, ApplicationState.REJECTED, me.username(), reason.strip(), now, me.scope());
            applications.step(id, "REJECT", me.username(), reason.strip(), now, me.scope());
            audit.record("share.reject", "application:" + id, AuditEntry.Outcome.SUCCESS,
                    audit.details().put("entry", application.entryCode()).put("reason", reason.strip()));
            return find(id);
        }
        ShareGrant grant = narrowed(application, decision, me, now);
        applications.decide(id, ApplicationState.APPROVED, me.username(), trimmed(decision.reason()), now, me.scope());
        long grantId = grants.insert(grant, me.scope());
        applications.step(id, "APPROVE", me.username(), trimmed(decision.reason()), now, me.scope());
        var details = audit.details().put("entry", application.entryCode()).put("grant", grantId)
                .put("rowRegion", grant.rowRegion()).put("validUntil", grant.validUntil().toString());
        details.putPOJO("fields", grant.fields());
        details.putPOJO("clearFields", grant.clearFields());
        audit.record("share.approve", "application:" + id, AuditEntry.Outcome.SUCCESS, details);
        return find(id);
    }

    private ShareGrant narrowed(ShareApplication a, Decision d, Caller me, Instant now) {
        List<String> fields = d.fields() == null || d.fields().isEmpty() ? a.fields() : List.copyOf(new LinkedHashSet<>(d.fields()));
        if (!a.fields().containsAll(fields)) {
            throw ApiProblem.badRequest("sharing.narrow.fields", String.join(", ", a.fields()));
        }
        List<String> clear = d.clearFields() == null ? List.of() : List.copyOf(new LinkedHashSet<>(d.clearFields()));
        if (!fields.containsAll(clear)) {
            throw ApiProblem.badRequest("sharing.narrow.clear");
        }
        String rows = blank(d.rowRegion()) ? a.rowRegion() : d.rowRegion().strip();
        if (!rows.startsWith(a.rowRegion()) || !rows.matches("[0-9]{2,12}")) {
            throw ApiProblem.badRequest("sharing.narrow.rows", a.rowRegion());
        }
        Instant end = now.plus(Duration.ofDays(a.durationDays()));
        Instant until = d.validUntil() == null ? end : d.validUntil();
        if (!until.isAfter(now) || until.isAfter(end)) {
            throw ApiProblem.badRequest("sharing.narrow.window", end);
        }
        // the grant goes to the applicant's department, so its system accounts can call; to the applicant without one
        String account = a.consumerDepartment() == null ? a.applicant() : null;
        return new ShareGrant(0, a.id(), a.entryCode(), a.providerRegion(), a.providerDepartment(), a.consumerRegion(),
                a.consumerDepartment(), account, a.purpose(), fields, clear, rows, now, until, now, me.username());
    }

    private static Checked check(NewApplication a, CatalogEntry entry, Caller me) {
        if (blank(a.purpose()) || a.purpose().strip().length() > 2000) {
            throw ApiProblem.badRequest("sharing.required", "purpose");
        }
        if (blank(a.legalBasis()) || a.legalBasis().strip().length() > 2000) {
            throw ApiProblem.badRequest("sharing.required", "legalBasis");
        }
        if (a.fields() == null || a.fields().isEmpty()) {
            throw ApiProblem.badRequest("sharing.required", "fields");
        }
        Set<String> columns = new LinkedHashSet<>(entry.items().stream().map(InformationItem::column).toList());
        List<String> unknown = a.fields().stream().filter(f -> !columns.contains(f)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("sharing.unknown-fields", String.join(", ", unknown), String.join(", ", columns));
        }
        int days = a.durationDays() == null ? 365 : a.durationDays();
        if (days < 1 || days > 1095) {
            throw ApiProblem.badRequest("sharing.duration");
        }
        String rows = blank(a.rowRegion()) ? me.regionCode() : a.rowRegion().strip();
        if (!rows.matches("[0-9]{2,12}") || !me.scope().covers(rows)) {
            throw ApiProblem.badRequest("sharing.row-region", rows);
        }
        return new Checked(a.purpose().strip(), List.copyOf(new LinkedHashSet<>(a.fields())), days,
                a.legalBasis().strip(), rows);
    }

    private static void require(Caller me, String permission) {
        if (me.permissions().stream().noneMatch(p -> p.name().equals(permission))) {
            throw SharingAudit.forbidden("sharing.forbidden", permission);
        }
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
