package org.shuzhi.open311.internal;

import org.springframework.http.HttpStatus;

/**
 * A GeoReport error: answered with the spec's list of errors ({@code code} = the HTTP status, {@code description}
 * = the message of {@code messageKey} in the caller's language) in the format the caller asked for.
 */
final class Open311Error extends RuntimeException {

    private final HttpStatus status;
    private final transient Object[] args;

    Open311Error(HttpStatus status, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.args = args.clone();
    }

    static Open311Error badRequest(String messageKey, Object... args) {
        return new Open311Error(HttpStatus.BAD_REQUEST, messageKey, args);
    }

    static Open311Error notFound(String messageKey, Object... args) {
        return new Open311Error(HttpStatus.NOT_FOUND, messageKey, args);
    }

    HttpStatus status() {
        return status;
    }

    String messageKey() {
        return getMessage();
    }

    Object[] args() {
        return args.clone();
    }
}
