package org.shuzhi.opendata.internal;

import org.springframework.http.HttpStatus;

/**
 * A failed CKAN action, in CKAN's terms: {@code Not Found Error} (404), {@code Validation Error} (409, naming the
 * parameter) or a bad request (400: an unknown action, a body that is not JSON). The message is a key of the
 * {@code opendata} bundle, written in the caller's language.
 */
class CkanError extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    private CkanError(HttpStatus status, String type, String field, String messageKey, Object... args) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.field = field;
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    static CkanError notFound(String what) {
        return new CkanError(HttpStatus.NOT_FOUND, "Not Found Error", null, "opendata.ckan.not-found", what);
    }

    static CkanError validation(String field, String messageKey, Object... args) {
        return new CkanError(HttpStatus.CONFLICT, "Validation Error", field, messageKey, args);
    }

    static CkanError badRequest(String messageKey, Object... args) {
        return new CkanError(HttpStatus.BAD_REQUEST, null, null, messageKey, args);
    }

    HttpStatus status() {
        return status;
    }

    /** CKAN's {@code __type}, or {@code null} for a bad request, which CKAN reports with a message only. */
    String type() {
        return type;
    }

    /** The parameter at fault, for validation errors. */
    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] args() {
        return args.clone();
    }
}
