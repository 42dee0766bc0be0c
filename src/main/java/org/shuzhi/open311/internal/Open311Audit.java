package org.shuzhi.open311.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The Open311 channel's records in the audit log (审计):
 * <ul>
 * <li>{@value #REPORT} — every POST requests, once, however it ends: SUCCESS with the event as target (a repeated
 * idempotency key too, {@code "created": false}); DENIED when the api_key is missing, unknown or may not report in
 * the jurisdiction (403); FAILURE for any other refusal (400, 404) or error (500). The actor is the api_key's
 * account as soon as the key is known, else {@code anonymous};</li>
 * <li>{@value #TOKEN} — a token lookup that finds a request (it ties the client's key to the request); a miss
 * reveals nothing and is not recorded.</li>
 * </ul>
 * Public reads of masked requests are not recorded (see docs/OPEN311.md, Audit). Details carry only the
 * jurisdiction, the service code, the HTTP status and the message key of the reason — never the api_key, the
 * token, or anything the reporter wrote (name, phone, description, address, coordinates).
 */
@Component
class Open311Audit {

    static final String REPORT = "open311.report";
    static final String TOKEN = "open311.token";

    private final AuditLog audit;
    private final CallerContext caller;
    private final ObjectMapper json;

    Open311Audit(AuditLog audit, CallerContext caller, ObjectMapper json) {
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    /** A report taken in ({@code created}) or answered from an earlier one with the same idempotency key. */
    void reported(Caller reporter, String jurisdiction, String serviceCode, long eventId, boolean created) {
        ObjectNode details = json.createObjectNode().put("jurisdiction", jurisdiction)
                .put("service_code", serviceCode).put("created", created);
        record(reporter.username(), reporter.scopeLabel(), REPORT, "event:" + eventId, Outcome.SUCCESS, details);
    }

    /**
     * A report refused by {@code failure}, by {@code actor} (anonymous until the api_key names an account), in
     * {@code jurisdiction} when it was known.
     */
    void refused(Caller actor, String jurisdiction, RuntimeException failure) {
        HttpStatus status = Open311Errors.statusOf(failure);
        ObjectNode details = json.createObjectNode().put("status", status.value()).put("reason", reason(failure));
        if (failure instanceof ApiProblem problem && problem.properties().get("field") instanceof String field) {
            details.put("field", field);
        }
        if (jurisdiction != null) {
            details.put("jurisdiction", jurisdiction);
        }
        record(actor.username(), actor.scopeLabel(), REPORT, jurisdiction == null ? "open311" : "open311:"
                + jurisdiction, status == HttpStatus.FORBIDDEN ? Outcome.DENIED : Outcome.FAILURE, details);
    }

    /** A token lookup that found request {@code eventId}, by whoever is calling (usually nobody signed in). */
    void tokenFound(String jurisdiction, long eventId) {
        record(caller.actor(), caller.scopeLabel(), TOKEN, "event:" + eventId, Outcome.SUCCESS,
                json.createObjectNode().put("jurisdiction", jurisdiction));
    }

    /** The message key of a refusal; never its arguments, which may echo what the client sent. */
    private static String reason(RuntimeException failure) {
        if (failure instanceof Open311Error error) {
            return error.messageKey();
        }
        return failure instanceof ApiProblem problem ? problem.messageKey() : "open311.error.internal";
    }

    private void record(String actor, String actorScope, String action, String target, Outcome outcome,
            ObjectNode details) {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        audit.record(new AuditEntry(actor, actorScope, action, target, outcome, ip, MDC.get("requestId"),
                details.toString()));
    }
}
