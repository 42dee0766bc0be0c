/**
 * Identity 身份与权限: users, departments, roles and permissions, password and token authentication, the caller's
 * data scope, and the administration of all of these within one's own scope.
 *
 * <p>API: {@link org.shuzhi.identity.Authenticator} (password login, bearer tokens → {@link
 * org.shuzhi.identity.Caller}), {@link org.shuzhi.identity.ApiTokens} (issue and revoke opaque tokens), {@link
 * org.shuzhi.identity.AccountAdministration} (users and departments) and {@link
 * org.shuzhi.identity.RoleAdministration} (roles) — always on behalf of an acting caller, never beyond that caller's
 * own scope or permissions — and the values {@link org.shuzhi.identity.Permission}, {@link
 * org.shuzhi.identity.Caller}, {@link org.shuzhi.identity.Role}, {@link org.shuzhi.identity.Department}, {@link
 * org.shuzhi.identity.UserAccount}. Storage (schema {@code identity}, every query confined to the caller's scope),
 * hashing, lock-out, throttling, web security, the REST API under /api/identity, the pages under /admin and
 * /account/tokens, and the demo accounts are internal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity 身份与权限")
package org.shuzhi.identity;
