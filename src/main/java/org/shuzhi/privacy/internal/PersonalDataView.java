package org.shuzhi.privacy.internal;

import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Masking;
import org.shuzhi.privacy.RevealPolicy;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Masking for pages: templates write {@code th:text="${@personal.show('MOBILE', resident.mobile)}"} and get the
 * same result as the JSON of the API — masked unless the {@link RevealPolicy} allows, unmasked views counted for
 * the request's audit entry.
 */
@Component("personal")
class PersonalDataView {

    private final Masking masking;
    private final ObjectProvider<RevealPolicy> policies;
    private final UnmaskedViews views;

    PersonalDataView(Masking masking, ObjectProvider<RevealPolicy> policies, UnmaskedViews views) {
        this.masking = masking;
        this.policies = policies;
        this.views = views;
    }

    /** The value as this caller may see it; {@code type} is a {@link FieldType} name. */
    public String show(String type, Object value) {
        if (value == null) {
            return null;
        }
        FieldType fieldType = FieldType.valueOf(type);
        if (policies.getIfAvailable(() -> RevealPolicy.NOTHING).mayReveal(fieldType)) {
            views.counted(fieldType);
            return value.toString();
        }
        return masking.mask(fieldType, value.toString());
    }
}
