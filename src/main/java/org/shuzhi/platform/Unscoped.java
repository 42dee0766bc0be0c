package org.shuzhi.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a data-access method that reads or writes a scoped table without taking a {@link DataScope}, or a web
 * endpoint whose objects are not confined to a jurisdiction — each with the reason why that is right. Everything
 * else that touches a scoped table takes the caller's scope: {@code ScopeDisciplineTests} enforces it for data
 * access and {@code CrossJurisdictionTests} for every endpoint.
 *
 * <p>Legitimate reasons are few: public reference data (the GB/T 2260 division tree), system work acting for
 * nobody in particular (building the point → grid index, background deadline checks), or a caller's own records
 * (their tokens).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Unscoped {

    /** Why this access need not, or must not, be confined to the caller's scope. */
    String value();
}
