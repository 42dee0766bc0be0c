package org.shuzhi.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.identity.Caller;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the identity module's audit entries, filling in the request id (from the logging context the platform's
 * request filter sets) and the client address of the current request when there is one.
 */
@Component
class AuditTrail {

    private final AuditLog log;

    AuditTrail(AuditLog log) {
        this.log = log;
    }

    /** Records an action by {@code actor} on {@code target}. */
    void record(Caller actor, String action, String target, Outcome outcome, String details) {
        log.record(new AuditEntry(actor.username(), actor.scopeLabel(), action, target, outcome, currentClientIp(),
                MDC.get("requestId"), details));
    }

    /** Records a login attempt, whose client address is given explicitly. */
    void login(String username, String scope, Outcome outcome, String clientIp, String details) {
        log.record(new AuditEntry(username, scope, "auth.login", "user:" + username, outcome, clientIp,
                MDC.get("requestId"), details));
    }

    private static String currentClientIp() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
