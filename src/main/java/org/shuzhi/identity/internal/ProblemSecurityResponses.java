package org.shuzhi.identity.internal;

import java.io.IOException;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.shuzhi.platform.ProblemBodies;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * 401 and 403 for API clients as problem+json in the caller's language, built by the platform's
 * {@link ProblemBodies} like every other error (pages get the sign-in form or the error page instead) — and 400 for
 * any request Spring Security's firewall refuses, which would otherwise get Spring Boot's generic error body.
 */
final class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemBodies bodies;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    ProblemSecurityResponses(ProblemBodies bodies, LocaleResolver locales, ObjectMapper json) {
        this.bodies = bodies;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        write(request, response, HttpStatus.UNAUTHORIZED, "identity.web.unauthenticated");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "identity.web.forbidden");
    }

    /** 400 for a request the firewall refused (encoded slashes or percent signs, control characters …). */
    void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "identity.web.request-rejected");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = bodies.of(status, key, null, locales.resolveLocale(request), request);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"shuzhi\"");
        }
        byte[] body = json.writeValueAsBytes(problem);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
