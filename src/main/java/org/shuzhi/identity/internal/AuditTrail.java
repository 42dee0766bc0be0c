package org.shuzhi.identity.internal;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.ApiProblem;
import org.slf4j.MDC;
import org.springframework.http.HttpStatus;
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

    /**
     * Runs an audited action; when the granting rule refuses it (403, or 404 for something outside the actor's
     * scope) the refusal is recorded as DENIED before the problem goes back to the caller. The audit log commits
     * on its own, so the record outlives the action's rolled-back transaction.
     */
    <T> T guarded(Caller actor, String action, String target, Supplier<T> work) {
        try {
            return work.get();
        } catch (ApiProblem problem) {
            if (problem.status() == HttpStatus.FORBIDDEN || problem.status() == HttpStatus.NOT_FOUND) {
                record(actor, action, target, Outcome.DENIED, "{\"problem\":\"" + problem.messageKey() + "\"}");
            }
            throw problem;
        }
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
