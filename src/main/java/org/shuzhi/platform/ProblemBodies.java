package org.shuzhi.platform;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds the platform's RFC 7807 bodies, so every error — from a controller, from Spring MVC, or from a security
 * filter that runs before any controller — looks the same: detail and title in the caller's language, a
 * {@code type} and stable {@code code} from the message key, the {@code requestId} of the log, the {@code instance}.
 */
public interface ProblemBodies {

    /** A complete body for {@code messageKey} (looked up in the message bundles with {@code args}). */
    ProblemDetail of(HttpStatusCode status, String messageKey, Object[] args, Locale locale, HttpServletRequest request);

    /** Adds the localized title, the request id and the instance to a body built elsewhere. */
    ProblemDetail complete(ProblemDetail body, HttpStatusCode status, Locale locale, HttpServletRequest request);
}
