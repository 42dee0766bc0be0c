package org.shuzhi.identity.internal;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Callers;
import org.shuzhi.identity.Permission;
import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.RevealPolicy;
import org.springframework.stereotype.Component;

/**
 * The signed-in caller sees a personal field unmasked only with the permission for its class: general personal
 * information with {@code PERSONAL_VIEW_GENERAL}, sensitive with {@code PERSONAL_VIEW_SENSITIVE}. Fields that are
 * not personal are always shown; nobody signed in sees nothing unmasked.
 */
@Component
class CallerRevealPolicy implements RevealPolicy {

    private final Callers callers;

    CallerRevealPolicy(Callers callers) {
        this.callers = callers;
    }

    @Override
    public boolean mayReveal(FieldType type) {
        Caller caller = callers.current();
        return switch (type.personalInfo()) {
            case NONE -> true;
            case GENERAL -> caller.has(Permission.PERSONAL_VIEW_GENERAL);
            case SENSITIVE -> caller.has(Permission.PERSONAL_VIEW_SENSITIVE);
        };
    }
}
