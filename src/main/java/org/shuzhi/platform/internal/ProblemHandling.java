package org.shuzhi.platform.internal;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.platform.ProblemBodies;
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
    private final ProblemBodies bodies;

    ProblemHandling(MessageSource messages, ProblemBodies bodies) {
        this.messages = messages;
        this.bodies = bodies;
        setMessageSource(messages);
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Object> handleApiProblem(ApiProblem problem, NativeWebRequest request) throws IOException {
        ProblemDetail body = bodies.of(problem.status(), problem.messageKey(), problem.args(),
                LocaleContextHolder.getLocale(), request.getNativeRequest(HttpServletRequest.class));
        problem.properties().forEach(body::setProperty);
        return respond(body, problem.status(), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> handleUnexpected(Exception failure, NativeWebRequest request) throws IOException {
        log.error("Unexpected failure serving {}", describe(request), failure);
        ProblemDetail body = bodies.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.internal",
                new Object[] {MDC.get(RequestIdFilter.MDC_KEY)}, LocaleContextHolder.getLocale(),
                request.getNativeRequest(HttpServletRequest.class));
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
        bodies.complete(problem, statusCode, LocaleContextHolder.getLocale(),
                ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class));
        try {
            return respond(problem, statusCode, (NativeWebRequest) request);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ResponseEntity<Object> respond(ProblemDetail body, HttpStatusCode status, NativeWebRequest request)
            throws IOException {
        HttpServletRequest servletRequest = request.getNativeRequest(HttpServletRequest.class);
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
