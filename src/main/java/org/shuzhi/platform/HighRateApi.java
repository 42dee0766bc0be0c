package org.shuzhi.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller whose endpoints machines call at a high rate (the sharing API 共享接口). Its endpoints are
 * looked up by a handler mapping consulted before every other, which holds only such endpoints — so finding one does
 * not cost more as the platform gains pages and APIs. Everything else about the endpoints (argument binding,
 * interceptors, exception handlers, OpenAPI description) is as for any controller.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface HighRateApi {
}
