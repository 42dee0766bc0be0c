package org.shuzhi.identity;

import java.util.Optional;

/**
 * Establishes who is calling. Every attempt at password login is audited as {@code auth.login}.
 *
 * <p>The rest of the platform only ever sees the resulting {@link Caller}, never how it was established, so an
 * external OIDC provider can be added later as one more way to obtain a {@code Caller} (mapping a verified ID
 * token's subject to a stored account and its roles) without changing any module that authorises.
 */
public interface Authenticator {

    /**
     * Checks a password. Throttled per client address; locks the account for a while after consecutive failures;
     * a success resets the failure count.
     *
     * @param clientIp the caller's address, for throttling and the audit log
     */
    LoginResult login(String username, String password, String clientIp);

    /** The caller a bearer token stands for, when it is known, not expired or revoked, and its account active. */
    Optional<Caller> authenticate(String bearerToken);
}
