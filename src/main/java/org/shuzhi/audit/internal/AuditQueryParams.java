package org.shuzhi.audit.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Parameter;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditQuery;
import org.shuzhi.platform.ApiProblem;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The search filters as they arrive in a URL — the same for the REST API, the CSV export and the search page, so a
 * page's address is also a working API query. Kept as text so that the page can show back what was typed; turned
 * into an {@link AuditQuery} with a 400 problem naming the first parameter that does not parse.
 */
record AuditQueryParams(
        @Parameter(description = "起始时间（含）from, inclusive: 2026-01-05, 2026-01-05T10:30 (local) or ISO-8601 with offset",
                example = "2026-01-05") String from,
        @Parameter(description = "截止时间（不含；只写日期则含当天）to, exclusive; a date alone includes that day",
                example = "2026-01-06T18:00") String to,
        @Parameter(description = "操作人（精确）actor, exact", example = "wj.admin") String actor,
        @Parameter(description = "操作前缀 action prefix", example = "auth.") String action,
        @Parameter(description = "对象（精确）target, exact", example = "user:wj.admin") String target,
        @Parameter(description = "结果 outcome: SUCCESS, FAILURE, DENIED") String outcome,
        @Parameter(description = "请求编号 request id") String requestId,
        @Parameter(description = "下一页（更早）：上页返回的 older — next page: the previous answer's older") String before,
        @Parameter(description = "上一页（更新）：上页返回的 newer — previous page: the previous answer's newer") String after,
        @Parameter(description = "每页条数 1–200 per page", example = "50") String limit) {

    /** The filters (not the page cursor) in URL order, for links that keep them. */
    private Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("from", from);
        filters.put("to", to);
        filters.put("actor", actor);
        filters.put("action", action);
        filters.put("target", target);
        filters.put("outcome", outcome);
        filters.put("requestId", requestId);
        filters.put("limit", limit);
        filters.values().removeIf(v -> v == null || v.isBlank());
        return filters;
    }

    /** The filters as plain values, for the record of an export. */
    Map<String, String> describe() {
        return filters();
    }

    /** {@code path} with these filters and, when {@code cursor} is set, the page cursor {@code cursorName}. */
    String link(String path, String cursorName, Long cursor) {
        return withCursor(path, cursorName, cursor == null ? null : cursor.toString());
    }

    /** {@code path} with these filters and the page cursor as given: the address of this very page. */
    String self(String path) {
        return before != null && !before.isBlank() ? withCursor(path, "before", before.strip())
                : withCursor(path, "after", after == null || after.isBlank() ? null : after.strip());
    }

    private String withCursor(String path, String cursorName, String cursor) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters().forEach(uri::queryParam);
        if (cursor != null) {
            uri.queryParam(cursorName, cursor);
        }
        return uri.encode().build().toUriString();
    }

    AuditQuery toQuery(ZoneId zone) {
        return new AuditQuery(time("from", from, zone, false), time("to", to, zone, true), actor, action, target,
                parsedOutcome(), requestId, number("before", before), number("after", after),
                limit == null || limit.isBlank() ? AuditQuery.DEFAULT_LIMIT : number("limit", limit).intValue());
    }

    private Outcome parsedOutcome() {
        if (outcome == null || outcome.isBlank()) {
            return null;
        }
        try {
            return Outcome.valueOf(outcome.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest("audit.query.outcome", outcome).with("parameter", "outcome");
        }
    }

    /**
     * An instant, or a local date-time or date read in {@code zone}; a date alone as the end of a range means the
     * whole day ({@code to=2026-01-05} stops at the start of the 6th).
     */
    private static Instant time(String name, String value, ZoneId zone, boolean end) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (end ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw ApiProblem.badRequest("audit.query.time", name, value).with("parameter", name);
        }
    }

    private static Long number(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiProblem.badRequest("audit.query.number", name, value).with("parameter", name);
    }
}
