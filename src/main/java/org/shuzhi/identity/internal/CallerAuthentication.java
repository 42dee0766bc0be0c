package org.shuzhi.identity.internal;

import java.util.List;
import java.util.stream.Stream;

import org.shuzhi.identity.Caller;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A signed-in {@link Caller} as Spring Security sees it. Authorities are the caller's permission names
 * ({@code JURISDICTION_IMPORT} …) and roles ({@code ROLE_platform_admin} …), so access rules can name either.
 */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    CallerAuthentication(Caller caller) {
        super(Stream.concat(caller.permissions().stream().map(p -> new SimpleGrantedAuthority(p.name())),
                caller.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r))).toList());
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.username();
    }

    static List<String> authorityNames(Caller caller) {
        return new CallerAuthentication(caller).getAuthorities().stream().map(a -> a.getAuthority()).toList();
    }
}
