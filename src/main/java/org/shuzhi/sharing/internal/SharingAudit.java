package org.shuzhi.sharing.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Writes the sharing module's audit entries for the current caller, with the request's address and id. */
@Component
class SharingAudit {

    private final AuditLog audit;
    private final CallerContext caller;
    private final ObjectMapper json;

    SharingAudit(AuditLog audit, CallerContext caller, ObjectMapper json) {
        this.audit = audit;
        this.caller = caller;
        this.json = json;
    }

    /** A fresh details object to fill. */
    ObjectNode details() {
        return json.createObjectNode();
    }

    void record(String action, String target, AuditEntry.Outcome outcome, ObjectNode details) {
        String ip = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr() : null;
        audit.record(new AuditEntry(caller.actor(), caller.scopeLabel(), action, target, outcome, ip,
                MDC.get("requestId"), details == null ? null : details.toString()));
    }

    /** The outcome an error status stands for: refusals are DENIED, everything else FAILURE. */
    static AuditEntry.Outcome outcomeOf(int status) {
        if (status < 400) {
            return AuditEntry.Outcome.SUCCESS;
        }
        return status == 403 || status == 404 || status == 409 || status == 429
                ? AuditEntry.Outcome.DENIED : AuditEntry.Outcome.FAILURE;
    }

    /** 403 for a missing permission, in the sharing bundle's words. */
    static ApiProblem forbidden(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.FORBIDDEN, messageKey, args);
    }
}
