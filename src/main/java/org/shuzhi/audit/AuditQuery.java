package org.shuzhi.audit;

import java.time.Instant;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.platform.ApiProblem;

/**
 * What an auditor looks for in the log. Every filter is optional ({@code null}: any); results come newest first, a
 * page at a time, with keyset paging on the sequence number. Rejects contradictory or malformed filters with a
 * 400 {@link ApiProblem}.
 *
 * @param from         records at or after this time
 * @param to           records before this time (exclusive)
 * @param actor        records of exactly this actor
 * @param actionPrefix records whose action starts with this, e.g. {@code auth.} or {@code auth.login}
 * @param target       records about exactly this target, e.g. {@code user:zhang.san}
 * @param outcome      records that ended so
 * @param requestId    records of exactly this request
 * @param before       the page of records older than this sequence number (the next page)
 * @param after        the page of records newer than this sequence number (the previous page)
 * @param limit        records per page, 1 to {@link #MAX_LIMIT}
 */
public record AuditQuery(Instant from, Instant to, String actor, String actionPrefix, String target, Outcome outcome,
        String requestId, Long before, Long after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    /** Action names are stable dotted words; a prefix is one too. */
    private static final String ACTION_PREFIX = "[a-z0-9][a-z0-9._-]{0,99}";

    public AuditQuery {
        actor = blankToNull(actor);
        actionPrefix = blankToNull(actionPrefix);
        target = blankToNull(target);
        requestId = blankToNull(requestId);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw ApiProblem.badRequest("audit.query.limit", limit, MAX_LIMIT).with("parameter", "limit");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiProblem.badRequest("audit.query.range").with("parameter", "to");
        }
        if (before != null && after != null) {
            throw ApiProblem.badRequest("audit.query.cursors").with("parameter", "after");
        }
        if (actionPrefix != null && !actionPrefix.matches(ACTION_PREFIX)) {
            throw ApiProblem.badRequest("audit.query.action", actionPrefix).with("parameter", "action");
        }
    }

    /** No filter, the newest page. */
    public static AuditQuery newest() {
        return new AuditQuery(null, null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    /** The same filters, without a page cursor: what an export or a total covers. */
    public AuditQuery allPages() {
        return new AuditQuery(from, to, actor, actionPrefix, target, outcome, requestId, null, null, limit);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
