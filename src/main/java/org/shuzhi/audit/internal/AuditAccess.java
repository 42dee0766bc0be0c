package org.shuzhi.audit.internal;


import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.platform.DataScope;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who may read and verify the audit log, and the log's record of its own use. Reading needs {@code AUDIT_READ}
 * and is confined to the caller's scope; verifying needs {@code AUDIT_VERIFY}; without the permission a request
 * is answered 403. Exports and verifications are themselves audited.
 */
@Component
class AuditAccess {

    static final String READ = "AUDIT_READ";
    static final String VERIFY = "AUDIT_VERIFY";

    private final CallerContext caller;
    private final AuditLog log;

    AuditAccess(CallerContext caller, AuditLog log) {
        this.caller = caller;
        this.log = log;
    }

    /** The caller's scope, when they may read the log. */
    DataScope readScope() {
        require(READ, "audit.forbidden.read");
        return caller.scope();
    }

    void requireVerify() {
        require(VERIFY, "audit.forbidden.verify");
    }

    /** Records an action of the current caller on the audit log itself (an export, a verification). */
    void recordOwn(String action, String target, Outcome outcome, String details) {
        log.record(new AuditEntry(caller.actor(), caller.scopeLabel(), action, target, outcome, clientIp(),
                MDC.get("requestId"), details));
    }

    private void require(String permission, String messageKey) {
        if (!caller.holds(permission)) {
            throw new ApiProblem(HttpStatus.FORBIDDEN, messageKey, permission);
        }
    }

    private static String clientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
