package org.shuzhi.opendata.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.shuzhi.platform.ApiProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Failures of the CKAN API as CKAN reports them: {@code {help, success: false, error: {__type, message}}} with 404
 * for {@code Not Found Error}, 409 for {@code Validation Error} (the parameter named, its messages in a list as
 * CKAN does), 400 for a bad request and 500 for the unexpected — in the caller's language.
 */
@RestControllerAdvice(assignableTypes = CkanApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class CkanErrors {

    private static final Logger log = LoggerFactory.getLogger(CkanErrors.class);

    private final MessageSource messages;

    CkanErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(CkanError.class)
    ResponseEntity<Map<String, Object>> ckan(CkanError error, HttpServletRequest request) {
        String message = messages.getMessage(error.messageKey(), error.args(), error.messageKey(),
                LocaleContextHolder.getLocale());
        Map<String, Object> body = new LinkedHashMap<>();
        if (error.type() != null) {
            body.put("__type", error.type());
        }
        body.put("message", message);
        if (error.field() != null) {
            body.put(error.field(), List.of(message));
        }
        return answer(error.status(), body, request);
    }

    /** A refusal of the catalog (a malformed region): the caller's input, so a Validation Error. */
    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<Map<String, Object>> problem(ApiProblem problem, HttpServletRequest request) {
        String message = messages.getMessage(problem.messageKey(), problem.args(), problem.messageKey(),
                LocaleContextHolder.getLocale());
        boolean missing = problem.status() == HttpStatus.NOT_FOUND;
        return answer(missing ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT,
                Map.of("__type", missing ? "Not Found Error" : "Validation Error", "message", message), request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Map<String, Object>> unexpected(Exception failure, HttpServletRequest request) {
        log.error("Unexpected failure serving {} {}", request.getMethod(), request.getRequestURI(), failure);
        return answer(HttpStatus.INTERNAL_SERVER_ERROR, Map.of("__type", "Internal Server Error",
                "message", "Internal Server Error"), request);
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, Map<String, Object> error,
            HttpServletRequest request) {
        String uri = request.getRequestURI();
        String action = uri.substring(uri.lastIndexOf('/') + 1);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("help", CkanApi.help(action));
        body.put("success", false);
        body.put("error", error);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
}
