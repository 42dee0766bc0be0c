package org.shuzhi.open311.internal;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;

/**
 * Every failure of a GeoReport call as the spec's errors — a list of {@code code} (the HTTP status) and
 * {@code description} (in the caller's language) — in the format of the resource asked for (XML when that format
 * is not supported): 400, 403 or 404 as the spec assigns them, 500 for the unexpected.
 */
@RestControllerAdvice(assignableTypes = GeoReportApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    /** The event centre's names of report fields, as the GeoReport parameters they come from. */
    private static final Map<String, String> PARAMETERS = Map.of("categoryCode", "service_code", "title",
            "service_code", "description", "description", "lat", "lat/long", "address", "address_string",
            "regionCode", "jurisdiction_id", "reporter.phone", "phone", "reporter.name", "first_name/last_name",
            "idempotencyKey", "attribute[idempotency_key]");

    private final Documents documents;
    private final MessageSource messages;
    private final Open311Audit audit;

    Open311Errors(Documents documents, MessageSource messages, Open311Audit audit) {
        this.documents = documents;
        this.messages = messages;
        this.audit = audit;
    }

    @ExceptionHandler(Open311Error.class)
    ResponseEntity<byte[]> open311(Open311Error error, HttpServletRequest request) {
        return errors(error.status(), message(error.messageKey(), error.args()), request);
    }

    /** A report the event centre refused, named by the parameter it came from. */
    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<byte[]> refused(ApiProblem problem, HttpServletRequest request) {
        HttpStatus status = statusOf(problem);
        Object field = problem.properties().get("field");
        String text = message(problem.messageKey(), problem.args());
        String parameter = field == null ? null : PARAMETERS.getOrDefault(field.toString(), field.toString());
        return errors(status, parameter == null ? text : parameter + ": " + text, request);
    }

    @ExceptionHandler({ServletRequestBindingException.class, MethodArgumentTypeMismatchException.class,
            MultipartException.class})
    ResponseEntity<byte[]> malformed(Exception failure, HttpServletRequest request) {
        if (HttpMethod.POST.matches(request.getMethod())) {
            // refused before the handler ran, so before anything could know the api_key's account
            audit.refused(Caller.anonymous(), null, Open311Error.badRequest("open311.error.malformed"));
        }
        return errors(HttpStatus.BAD_REQUEST, message("open311.error.malformed", new Object[0]), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), failure);
        return errors(HttpStatus.INTERNAL_SERVER_ERROR, message("open311.error.internal",
                new Object[] {MDC.get("requestId")}), request);
    }

    /**
     * The status GeoReport answers a failure with: an {@link Open311Error}'s own; for the event centre's problems
     * 403 and 404 as they are, any other refusal 400 (the spec knows no 409 or 422); 500 for everything else.
     */
    static HttpStatus statusOf(RuntimeException failure) {
        if (failure instanceof Open311Error error) {
            return error.status();
        }
        if (failure instanceof ApiProblem problem) {
            return switch (problem.status()) {
                case NOT_FOUND, FORBIDDEN -> problem.status();
                default -> problem.status().is4xxClientError() ? HttpStatus.BAD_REQUEST
                        : HttpStatus.INTERNAL_SERVER_ERROR;
            };
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private ResponseEntity<byte[]> errors(HttpStatus status, String description, HttpServletRequest request) {
        var errors = documents.array();
        errors.addObject().put("code", status.value()).put("description", description);
        return documents.answer(status, Format.forErrorsOf(request.getRequestURI()), "errors", errors);
    }

    private String message(String key, Object[] args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
