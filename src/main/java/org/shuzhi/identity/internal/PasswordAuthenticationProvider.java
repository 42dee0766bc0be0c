package org.shuzhi.identity.internal;

import org.shuzhi.identity.Authenticator;
import org.shuzhi.identity.LoginResult;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The sign-in form's check: {@link Authenticator#login} (throttling, lock-out, audit) turned into Spring Security's
 * outcomes. Each outcome has its own exception so the form can say what happened.
 */
final class PasswordAuthenticationProvider implements AuthenticationProvider {

    /** Too many attempts from one address: try again later. */
    static final class ThrottledException extends AuthenticationException {
        ThrottledException() {
            super("too many attempts");
        }
    }

    private final Authenticator authenticator;

    PasswordAuthenticationProvider(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String clientIp = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        LoginResult result = authenticator.login(authentication.getName(),
                String.valueOf(authentication.getCredentials()), clientIp);
        if (result instanceof LoginResult.Success success) {
            return new CallerAuthentication(success.caller());
        }
        if (result instanceof LoginResult.Locked locked) {
            throw new LockedException("locked until " + locked.until());
        }
        if (result instanceof LoginResult.Throttled) {
            throw new ThrottledException();
        }
        if (result instanceof LoginResult.Disabled) {
            throw new DisabledException("disabled");
        }
        throw new BadCredentialsException("bad credentials");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
