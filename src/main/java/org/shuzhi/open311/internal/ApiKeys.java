package org.shuzhi.open311.internal;

import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * GeoReport's {@code api_key}: an API token of the identity module, of a system account or of any account allowed
 * to report events ({@code EVENT_REPORT}), whose region covers the jurisdiction reported to. Anything else is the
 * spec's 403 — missing, unknown, expired or revoked keys alike, so the answer tells nothing about other keys.
 */
@Component
class ApiKeys {

    private final Authenticator authenticator;

    ApiKeys(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    /** The account the key stands for, when it may report in {@code jurisdiction}. */
    Caller reporter(String apiKey, String jurisdiction) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-missing");
        }
        Caller caller = authenticator.authenticate(apiKey.strip())
                .orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-invalid"));
        boolean mayReport = caller.kind() == Caller.Kind.SYSTEM || caller.has(Permission.EVENT_REPORT);
        if (!mayReport || !caller.scope().covers(jurisdiction)) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-forbidden", jurisdiction);
        }
        return caller;
    }
}
