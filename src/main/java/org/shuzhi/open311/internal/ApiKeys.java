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

    /** The account the key stands for: 403 when there is no key or it is unknown, expired or revoked. */
    Caller account(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-missing");
        }
        return authenticator.authenticate(apiKey.strip())
                .orElseThrow(() -> new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-invalid"));
    }

    /** {@code account} as the reporter of a request in {@code jurisdiction}: 403 when it may not report there. */
    Caller reporter(Caller account, String jurisdiction) {
        boolean mayReport = account.kind() == Caller.Kind.SYSTEM || account.has(Permission.EVENT_REPORT);
        if (!mayReport || !account.scope().covers(jurisdiction)) {
            throw new Open311Error(HttpStatus.FORBIDDEN, "open311.error.api-key-forbidden", jurisdiction);
        }
        return account;
    }
}
