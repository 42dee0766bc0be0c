package org.shuzhi.audit.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.shuzhi.audit.AuditLog;
import org.shuzhi.audit.AuditVerification;
import org.shuzhi.platform.PlatformCommand;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar shuzhi.jar audit-verify}: walks the whole audit chain and its anchors and prints either that it
 * is intact or the first broken record and why, in the JVM's language. Exit codes: 0 intact, 1 broken, 2 wrong
 * usage.
 */
@Component
class AuditVerifyCommand implements PlatformCommand {

    private final AuditLog audit;
    private final MessageSource messages;

    AuditVerifyCommand(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    @Override
    public String name() {
        return "audit-verify";
    }

    @Override
    public String usage(Locale locale) {
        return messages.getMessage("audit.cli.usage", null, locale);
    }

    @Override
    public int run(List<String> arguments, PrintStream out, Locale locale) {
        if (!arguments.isEmpty()) {
            out.println(usage(locale));
            return 2;
        }
        AuditVerification result = audit.verify();
        if (result.intact()) {
            out.println(messages.getMessage("audit.cli.intact", new Object[] {result.checked()}, locale));
            return 0;
        }
        String reason = messages.getMessage(result.reasonKey(), result.reasonArgs(), locale);
        out.println(messages.getMessage("audit.cli.broken",
                new Object[] {result.firstBroken(), reason, result.checked()}, locale));
        return 1;
    }
}
