/**
 * Identity 身份与权限: users, departments, roles and permissions, password and token authentication, and the
 * caller's data scope.
 *
 * <p>API: {@link org.shuzhi.identity.Authenticator} (password login, bearer tokens → {@link
 * org.shuzhi.identity.Caller}), {@link org.shuzhi.identity.ApiTokens} (issue and revoke opaque tokens), {@link
 * org.shuzhi.identity.AccountAdministration} (users, departments, custom roles — always on behalf of an acting
 * caller, never beyond that caller's own scope or permissions) and the values {@link org.shuzhi.identity.Permission},
 * {@link org.shuzhi.identity.Caller}, {@link org.shuzhi.identity.Role}, {@link org.shuzhi.identity.Department},
 * {@link org.shuzhi.identity.UserAccount}. Storage (schema {@code identity}), hashing, lock-out, throttling and the
 * demo accounts are internal. The web filter chain (sessions, CSRF, bearer header) is not wired yet.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity 身份与权限")
package org.shuzhi.identity;
