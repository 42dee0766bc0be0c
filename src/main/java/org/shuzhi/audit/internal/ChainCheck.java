package org.shuzhi.audit.internal;

import java.util.Locale;

import org.shuzhi.audit.AuditEntry.Outcome;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditVerification;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A verification asked for by a person or an API client: needs {@code AUDIT_VERIFY}, walks the whole chain and is
 * itself recorded ({@code audit.verify}, with the outcome it found).
 */
@Component
class ChainCheck {

    private final AuditAccess access;
    private final AuditLog log;
    private final MessageSource messages;

    ChainCheck(AuditAccess access, AuditLog log, MessageSource messages) {
        this.access = access;
        this.log = log;
        this.messages = messages;
    }

    VerificationReport run(Locale locale) {
        access.requireVerify();
        AuditVerification result = log.verify();
        access.recordOwn("audit.verify", "audit:chain", Outcome.SUCCESS, result.intact()
                ? "{\"intact\":true,\"checked\":" + result.checked() + "}"
                : "{\"intact\":false,\"firstBroken\":" + result.firstBroken() + ",\"breach\":\""
                        + result.breach() + "\"}");
        return VerificationReport.of(result, messages, locale);
    }
}
