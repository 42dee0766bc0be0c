package org.shuzhi.platform;

import java.util.Map;
import java.util.LinkedHashMap;

import org.springframework.http.HttpStatus;

/**
 * A problem the caller can act on, reported as RFC 7807 {@code application/problem+json}.
 *
 * <p>The message is looked up by {@link #messageKey()} in the module's message bundle, in the caller's language,
 * with {@link #args()} filled in. {@link #properties()} are added to the problem body as extension members
 * (for example the line number of a bad CSV row), so clients need not parse the text.
 */
public class ApiProblem extends RuntimeException {

    private static final java.util.Set<String> RESERVED =
            java.util.Set.of("type", "title", "status", "detail", "instance", "code", "requestId");

    private final HttpStatus status;
    private final String messageKey;
    private final transient Object[] args;
    private final transient Map<String, Object> properties = new LinkedHashMap<>();

    public ApiProblem(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public static ApiProblem badRequest(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    public static ApiProblem notFound(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.NOT_FOUND, messageKey, args);
    }

    public static ApiProblem conflict(String messageKey, Object... args) {
        return new ApiProblem(HttpStatus.CONFLICT, messageKey, args);
    }

    /**
     * Adds an extension member to the problem body; returns this problem for chaining. The members RFC 7807 and the
     * platform define ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, {@code code},
     * {@code requestId}) are reserved.
     */
    public ApiProblem with(String name, Object value) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("reserved problem member: " + name);
        }
        properties.put(name, value);
        return this;
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    public Map<String, Object> properties() {
        return java.util.Collections.unmodifiableMap(properties);
    }
}
