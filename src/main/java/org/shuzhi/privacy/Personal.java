package org.shuzhi.privacy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a property of a response type as personal data of the given type. Wherever the platform writes JSON, the
 * value is masked by the type's rule unless the current {@link RevealPolicy} lets the caller see it; every value
 * shown unmasked is audited. Put it on a record component or a getter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT})
public @interface Personal {

    /** What the property holds. */
    FieldType value();
}
