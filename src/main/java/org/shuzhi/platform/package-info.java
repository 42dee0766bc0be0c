/**
 * Platform 平台基础: what every module stands on — the embedded or external PostgreSQL, the RFC 7807 error
 * contract ({@link org.shuzhi.platform.ApiProblem}), locale handling (zh-CN first, English available) and the
 * web shell's layout and navigation.
 *
 * <p>Modules throw {@link org.shuzhi.platform.ApiProblem} for anything a caller did wrong; the platform turns it
 * into {@code application/problem+json} with a message in the caller's language and never a stack trace.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform 平台基础")
package org.shuzhi.platform;
