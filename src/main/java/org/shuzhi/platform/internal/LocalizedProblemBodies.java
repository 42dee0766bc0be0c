package org.shuzhi.platform.internal;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.platform.ProblemBodies;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/** {@link ProblemBodies} from the platform's message bundles. */
@Component
class LocalizedProblemBodies implements ProblemBodies {

    private final MessageSource messages;

    LocalizedProblemBodies(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public ProblemDetail of(HttpStatusCode status, String messageKey, Object[] args, Locale locale,
            HttpServletRequest request) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(messageKey, args, messageKey, locale));
        body.setType(URI.create("urn:shuzhi:problem:" + messageKey));
        body.setProperty("code", messageKey);
        return complete(body, status, locale, request);
    }

    @Override
    public ProblemDetail complete(ProblemDetail body, HttpStatusCode status, Locale locale,
            HttpServletRequest request) {
        body.setTitle(messages.getMessage("problem.title." + status.value(), null,
                HttpStatus.valueOf(status.value()).getReasonPhrase(), locale));
        body.setProperty("requestId", MDC.get(RequestIdFilter.MDC_KEY));
        if (request != null) {
            body.setInstance(URI.create(request.getRequestURI()));
        }
        return body;
    }
}
