package org.shuzhi.identity.internal;

import java.util.function.Supplier;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.platform.DataScope;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** {@link Callers} from Spring Security's context, where sign-in and the bearer filter put the caller. */
@Component
class SecurityContextCallers implements Callers {

    @Override
    public Caller current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof CallerAuthentication signedIn
                ? signedIn.getPrincipal() : Caller.anonymous();
    }

    @Override
    public <T> T callAs(Caller caller, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(caller));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    @Override
    public DataScope scope() {
        return current().scope();
    }

    @Override
    public String actor() {
        return current().username();
    }

    @Override
    public String scopeLabel() {
        return current().scopeLabel();
    }

    @Override
    public boolean holds(String permission) {
        Caller caller = current();
        return caller.permissions().stream().map(Permission::name).anyMatch(permission::equals);
    }
}
