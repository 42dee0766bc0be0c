package org.shuzhi.platform.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.shuzhi.platform.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure into RFC 7807 {@code application/problem+json} with a message in the caller's language, or
 * — for a person's browser asking for a page — into the error page. Stack traces stay in the server log.
 */
@RestControllerAdvice
class ProblemHandling extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemHandling.class);

    private final MessageSource messages;

    ProblemHandling(MessageSource messages) {
        this.messages = messages;
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> handleApiProblem(ApiProblem problem, NativeWebRequest request) throws IOException {
        Locale locale = LocaleContextHolder.getLocale();
        String detail = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(), locale);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(problem.status(), detail);
        body.setType(URI.create("urn:shuzhi:problem:" + problem.messageKey()));
        problem.properties().forEach(body::setProperty);
        body.setProperty("code", problem.messageKey());
        return respond(body, problem.status(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception failure, NativeWebRequest request) throws IOException {
        log.error("Unexpected failure serving {}", describe(request), failure);
        String detail = messages.getMessage("problem.internal", new Object[] {MDC.get(RequestIdFilter.MDC_KEY)},
                LocaleContextHolder.getLocale());
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, detail);
        body.setProperty("code", "problem.internal");
        return respond(body, HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    /** Spring MVC's own exceptions (bad JSON, missing parameter, 404, 405 …) come through here. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse errorResponse) {
            body = errorResponse.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        }
        ProblemDetail problem = body instanceof ProblemDetail detail ? detail
                : ProblemDetail.forStatus(statusCode);
        if (statusCode.is5xxServerError()) {
            log.error("Failure serving {}", request.getDescription(false), ex);
        }
        try {
            return respond(problem, statusCode, (NativeWebRequest) request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Object> respond(ProblemDetail body, HttpStatusCode status, NativeWebRequest request)
            throws IOException {
        body.setTitle(messages.getMessage("problem.title." + status.value(), null,
                HttpStatus.valueOf(status.value()).getReasonPhrase(), LocaleContextHolder.getLocale()));
        body.setProperty("requestId", MDC.get(RequestIdFilter.MDC_KEY));
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        if (servletRequest != null) {
            body.setInstance(URI.create(servletRequest.getRequestURI()));
        }
        if (wantsPage(servletRequest)) {
            // a person's browser: let the error page render the same localized message
            HttpServletResponse response = request.getNativeResponse(HttpServletResponse.class);
            response.sendError(status.value(), body.getDetail());
            return null;
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        if (request == null || request.getRequestURI().startsWith("/api/")
                || request.getHeader("HX-Request") != null) {
            return false;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE);
    }

    private static String describe(NativeWebRequest request) {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
        return servletRequest == null ? request.getDescription(false)
                : servletRequest.getMethod() + " " + servletRequest.getRequestURI();
    }
}
