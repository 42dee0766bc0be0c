package org.shuzhi.sharing.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shuzhi.catalog.CatalogEntry;
import org.shuzhi.catalog.InformationItem;
import org.shuzhi.catalog.SharingType;
import org.shuzhi.dataset.DatasetPage;
import org.shuzhi.dataset.DatasetQuery;
import org.shuzhi.dataset.Datasets;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.DataScope;
import org.shuzhi.privacy.MaskingRule;
import org.shuzhi.sharing.ShareGrant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * One call of the sharing API for the current caller: permission, rate limit, the published entry in the caller's
 * scope, the access it gives (all columns and the provider's rows when unconditional; the grant's columns, rows and
 * window when conditional), the rows read through {@link Datasets} with the row scope in the data layer, masking —
 * and, whatever the outcome, the audit entry ({@code share.call}, written before the answer leaves) and the
 * statistics row (queued).
 */
@Service
class ShareCalls {

    private final PublishedEntries catalog;
    private final ObjectProvider<Datasets> datasets;
    private final GrantRepository grants;
    private final Callers callers;
    private final RateLimiter limiter;
    private final FieldMasking masking;
    private final CallAccounting accounting;
    private final Clock clock;

    ShareCalls(PublishedEntries catalog, ObjectProvider<Datasets> datasets, GrantRepository grants, Callers callers,
            RateLimiter limiter, FieldMasking masking, CallAccounting accounting, Clock clock) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.grants = grants;
        this.callers = callers;
        this.limiter = limiter;
        this.masking = masking;
        this.accounting = accounting;
        this.clock = clock;
    }

    /** What the caller may read: columns, those granted in clear, the rows' region, and the grant if any. */
    private record Access(List<String> columns, List<String> clear, String rowRegion, ShareGrant grant) {
    }

    ShareRows call(String code, Map<String, String> parameters, int page, int size, String fields) {
        long started = System.nanoTime();
        Caller me = callers.current();
        CallAccounting.Outcome outcome = new CallAccounting.Outcome(code);
        try {
            if (!me.has(Permission.SHARE_CALL)) {
                throw SharingAudit.forbidden("sharing.forbidden", "SHARE_CALL");
            }
            long wait = limiter.acquire(me.username());
            if (wait > 0) {
                throw new RateLimited(wait);
            }
            if (page < 0 || size < 1 || size > 1000) {
                throw ApiProblem.badRequest("sharing.paging");
            }
            CatalogEntry entry = catalog.published(code, me.scope())
                    .orElseThrow(() -> ApiProblem.notFound("sharing.entry-not-found", code));
            outcome.entry = entry;
            Access access = access(entry, me);
            outcome.grant = access.grant();
            List<String> columns = selected(fields, entry, access);
            outcome.fields = columns;
            DatasetQuery query = new DatasetQuery(filters(parameters, entry, access), null, columns, null,
                    (long) page * size, size);
            Datasets source = datasets.getIfAvailable();
            if (source == null) {
                throw new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "sharing.no-datasets");
            }
            DatasetPage found = source.query(code, query, DataScope.of(access.rowRegion()))
                    .orElseThrow(() -> ApiProblem.notFound("sharing.no-data", code));
            ShareRows answer = mask(entry, access, columns, found, page, size, me);
            outcome.rows = answer.rows().size();
            return answer;
        } catch (ApiProblem problem) {
            outcome.status = problem.status().value();
            outcome.problem = problem.messageKey();
            throw problem;
        } catch (RuntimeException failure) {
            outcome.status = 500;
            throw failure;
        } finally {
            accounting.account(me, outcome, System.nanoTime() - started);
        }
    }

    private Access access(CatalogEntry entry, Caller me) {
        List<String> all = entry.items().stream().map(InformationItem::column).toList();
        if (entry.sharing().type() == SharingType.UNCONDITIONAL) {
            // no grant: every column and all the provider's rows; personal values masked, clear text needs a grant
            return new Access(all, List.of(), entry.regionCode(), null);
        }
        if (entry.sharing().type() == SharingType.NOT_SHARED) {
            throw ApiProblem.conflict("sharing.not-shared", entry.code(), entry.sharing().legalBasis());
        }
        List<ShareGrant> held = grants.forConsumer(entry.code(), me.username(), me.departmentCode(), me.scope());
        if (held.isEmpty()) {
            throw SharingAudit.forbidden("sharing.no-grant", entry.code());
        }
        Instant now = clock.instant();
        ShareGrant grant = held.stream().filter(g -> g.validAt(now)).findFirst()
                .orElseThrow(() -> SharingAudit.forbidden("sharing.grant-expired", entry.code(), held.get(0).validUntil()));
        return new Access(grant.fields(), grant.clearFields(), grant.rowRegion(), grant);
    }

    /**
     * The columns asked for ({@code fields=a,b}; all the access gives when absent). A column the access does not give
     * is refused with 403 rather than dropped, so a consumer never mistakes a partial answer for the whole.
     */
    private static List<String> selected(String fields, CatalogEntry entry, Access access) {
        if (fields == null || fields.isBlank()) {
            return access.columns();
        }
        List<String> asked = new ArrayList<>();
        for (String f : fields.split(",")) {
            String column = f.strip();
            if (!column.isEmpty() && !asked.contains(column)) {
                asked.add(column);
            }
        }
        refuseUngranted(asked, entry, access);
        return asked;
    }

    /** Rows by key ({@code key=v1,v2} for the key items in order) and by {@code column=value} for granted columns. */
    private static Map<String, String> filters(Map<String, String> parameters, CatalogEntry entry, Access access) {
        Map<String, String> equals = new LinkedHashMap<>();
        List<String> filtered = new ArrayList<>();
        for (InformationItem item : entry.items()) {
            String value = parameters.get(item.column());
            if (value != null) {
                equals.put(item.column(), value);
                filtered.add(item.column());
            }
        }
        String key = parameters.get("key");
        if (key != null) {
            List<String> keys = entry.items().stream().filter(InformationItem::key).map(InformationItem::column).toList();
            String[] values = key.split(",", -1);
            if (keys.isEmpty() || values.length != keys.size()) {
                throw ApiProblem.badRequest("sharing.key", String.join(", ", keys));
            }
            for (int i = 0; i < keys.size(); i++) {
                equals.put(keys.get(i), values[i].strip());
            }
            // a lookup by a key one may not read would tell whether that key (an ID number, say) is in the data
            filtered.addAll(keys);
        }
        // filtering by a column one may not read would disclose it by inference
        refuseUngranted(filtered, entry, access);
        return equals;
    }

    private static void refuseUngranted(List<String> columns, CatalogEntry entry, Access access) {
        List<String> known = entry.items().stream().map(InformationItem::column).toList();
        List<String> unknown = columns.stream().filter(c -> !known.contains(c)).toList();
        if (!unknown.isEmpty()) {
            throw ApiProblem.badRequest("sharing.unknown-fields", String.join(", ", unknown), String.join(", ", known));
        }
        List<String> refused = columns.stream().filter(c -> !access.columns().contains(c)).toList();
        if (!refused.isEmpty()) {
            throw SharingAudit.forbidden("sharing.field-not-granted", String.join(", ", refused));
        }
    }

    private ShareRows mask(CatalogEntry entry, Access access, List<String> columns, DatasetPage found, int page,
            int size, Caller me) {
        Map<String, InformationItem> items = new LinkedHashMap<>();
        entry.items().forEach(i -> items.put(i.column(), i));
        MaskingRule[] rules = new MaskingRule[columns.size()];
        List<String> masked = new ArrayList<>();
        for (int c = 0; c < rules.length; c++) {
            InformationItem item = items.get(columns.get(c));
            boolean clear = FieldMasking.clear(item, access.clear().contains(item.column()),
                    p -> me.permissions().stream().anyMatch(held -> held.name().equals(p)));
            rules[c] = clear ? null : masking.rule(item);
            if (!clear && item.personalInfo() != org.shuzhi.privacy.PersonalInfo.NONE) {
                masked.add(item.column());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>(found.rows().size());
        for (Map<String, Object> row : found.rows()) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int c = 0; c < rules.length; c++) {
                Object value = row.get(columns.get(c));
                out.put(columns.get(c), rules[c] == null ? value : FieldMasking.apply(rules[c], value));
            }
            rows.add(out);
        }
        return new ShareRows(entry.code(), entry.publishedVersion() == null ? entry.version() : entry.publishedVersion(),
                entry.sharing().type().name(), access.grant() == null ? null : access.grant().id(), columns, masked,
                access.rowRegion(), rows, found.total(), page, size);
    }
}
