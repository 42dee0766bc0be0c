package org.shuzhi.privacy.internal;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.audit.AuditEntry;
import org.shuzhi.audit.AuditLog;
import org.shuzhi.platform.CallerContext;
import org.shuzhi.privacy.FieldType;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Counts the personal values a request showed unmasked and, when the request completes, writes one audit entry
 * ({@code personal.unmasked}, with the count per field type) — one entry per response rather than one per value.
 * Outside a request (a background export, say) every unmasked value is audited at once.
 */
@Component
class UnmaskedViews implements HandlerInterceptor, WebMvcConfigurer {

    private static final String ATTRIBUTE = UnmaskedViews.class.getName();

    private final AuditLog audit;
    private final ObjectProvider<CallerContext> caller;

    UnmaskedViews(AuditLog audit, ObjectProvider<CallerContext> caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    void counted(FieldType type) {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            write(Map.of(type, 1), null);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<FieldType, Integer> counts = (Map<FieldType, Integer>) attributes.getAttribute(ATTRIBUTE,
                RequestAttributes.SCOPE_REQUEST);
        if (counts == null) {
            counts = new EnumMap<>(FieldType.class);
            attributes.setAttribute(ATTRIBUTE, counts, RequestAttributes.SCOPE_REQUEST);
        }
        counts.merge(type, 1, Integer::sum);
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception ex) {
        @SuppressWarnings("unchecked")
        Map<FieldType, Integer> counts = (Map<FieldType, Integer>) request.getAttribute(ATTRIBUTE);
        if (counts != null && !counts.isEmpty()) {
            write(counts, request);
        }
    }

    private void write(Map<FieldType, Integer> counts, HttpServletRequest request) {
        String details = counts.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
        String actor = request == null || request.getUserPrincipal() == null ? "system"
                : request.getUserPrincipal().getName();
        // the actor's scope label lets a regional auditor find the unmasked views of their own people
        CallerContext context = caller.getIfAvailable();
        String scope = request == null || context == null ? null : context.scopeLabel();
        audit.record(new AuditEntry(actor, scope, "personal.unmasked",
                request == null ? null : request.getMethod() + " " + request.getRequestURI(),
                AuditEntry.Outcome.SUCCESS, request == null ? null : request.getRemoteAddr(), MDC.get("requestId"),
                details));
    }
}
