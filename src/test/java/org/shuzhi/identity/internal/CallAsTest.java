package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.springframework.security.core.context.SecurityContextHolder;

/** {@code Callers.callAs}: the work sees the given caller; afterwards, even after a failure, the previous one. */
class CallAsTest {

    private final SecurityContextCallers callers = new SecurityContextCallers();
    private final Caller client = new Caller("wj.api", "吴江区接口", Caller.Kind.SYSTEM, "320509", "320509-dsj",
            Set.of(), Set.of("system_account"), Set.of(Permission.API_CLIENT), false);

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theWorkRunsAsTheCallerAndTheCallerIsRestored() {
        assertThat(callers.current()).isEqualTo(Caller.anonymous());
        String seen = callers.callAs(client, () -> callers.actor() + "@" + callers.scopeLabel());
        assertThat(seen).isEqualTo("wj.api@320509");
        assertThat(callers.current()).isEqualTo(Caller.anonymous());

        Caller admin = new Caller("js.admin", "管理员", Caller.Kind.USER, "32", null, Set.of(), Set.of(), Set.of(),
                false);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new CallerAuthentication(admin));
        SecurityContextHolder.setContext(context);
        assertThatThrownBy(() -> callers.callAs(client, () -> {
            throw new IllegalStateException("refused");
        })).hasMessage("refused");
        assertThat(callers.current()).isEqualTo(admin);
    }
}
