package org.shuzhi.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Accounts in {@code identity.users} with their roles and grids. Every read and write on behalf of a caller is
 * confined to a {@link DataScope} in its SQL, so an account outside it is simply not found and not changed; only
 * sign-in and bearer authentication, which act before anyone is known, look accounts up unscoped.
 */
@Repository
class AccountStore {

    /** An account with its roles and grids, read by {@link AccountRow#map}; append a WHERE clause. */
    static final String SELECT = """
            select u.id, u.username, u.display_name, u.kind, u.region_code, u.department_code, u.status,
                u.password_hash, u.failed_attempts, u.locked_until, u.mobile, u.id_number,
                array(select r.role_code from identity.user_role r where r.user_id = u.id order by 1) as roles,
                array(select g.grid_code from identity.user_grid g where g.user_id = u.id order by 1) as grids
            from identity.users u""";

    private final JdbcClient jdbc;
    /** Every write that changes what an account's bearer tokens stand for forgets the cached callers. */
    private final TokenCallers callers;

    AccountStore(JdbcClient jdbc, TokenCallers callers) {
        this.jdbc = jdbc;
        this.callers = callers;
    }

    /** The account, when it is inside {@code scope}. */
    Optional<AccountRow> find(DataScope scope, String username) {
        ScopedSql where = scoped(scope);
        return jdbc.sql(SELECT + " where u.username = :username and " + where.sql()).params(where.parameters())
                .param("username", username).query(AccountRow::map).optional();
    }

    @Unscoped("sign-in looks up the account that is signing in, before anyone is known")
    Optional<AccountRow> signingIn(String username) {
        return jdbc.sql(SELECT + " where u.username = :username").param("username", username)
                .query(AccountRow::map).optional();
    }

    @Unscoped("bearer authentication loads the account a presented token stands for, before anyone is known")
    Optional<AccountRow> tokenOwner(long id) {
        return jdbc.sql(SELECT + " where u.id = :id").param("id", id).query(AccountRow::map).optional();
    }

    /**
     * The caller this account stands for: its roles' permissions and whether one of them narrows it to its
     * department. Role definitions are read whatever their region, because they make up the account's rights.
     */
    @Unscoped("computes the rights of an account already found: at sign-in, for a token, or inside a caller's scope")
    Caller caller(AccountRow row) {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        boolean[] narrowed = {false};
        if (!row.roles().isEmpty()) {
            jdbc.sql("""
                    select r.department_narrowed, p.permission from identity.role r
                    left join identity.role_permission p on p.role_code = r.code
                    where r.code in (:roles)""").param("roles", row.roles()).query(rs -> {
                narrowed[0] |= rs.getBoolean("department_narrowed");
                String permission = rs.getString("permission");
                if (permission != null) {
                    permissions.add(Permission.valueOf(permission));
                }
            });
        }
        return new Caller(row.username(), row.displayName(), row.kind(), row.regionCode(), row.departmentCode(),
                row.gridCodes(), row.roles(), permissions, narrowed[0]);
    }

    /** Inserts an account placed inside {@code scope}; empty when the username is taken or the place is outside. */
    Optional<Long> insert(DataScope scope, String username, Caller.Kind kind, AccountRow.Profile profile,
            String passwordHash, Instant now) {
        ScopedSql where = ScopedSql.where(scope, "v.region_code", "v.department_code");
        return jdbc.sql("""
                insert into identity.users (username, display_name, kind, region_code, department_code, mobile,
                    id_number, password_hash, password_changed_at, created_at)
                select :username, :displayName, :kind, v.region_code, v.department_code, :mobile, :idNumber, :hash,
                    :now, :now
                from (select cast(:region as text) as region_code, cast(:department as text) as department_code) v
                where %s on conflict (username) do nothing returning id""".formatted(where.sql()))
                .params(where.parameters()).param("username", username).param("displayName", profile.displayName())
                .param("kind", kind.name()).param("region", profile.regionCode())
                .param("department", profile.departmentCode()).param("mobile", profile.mobile())
                .param("idNumber", profile.idNumber()).param("hash", passwordHash).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Sets name, place and personal fields of an account inside {@code scope}; false when it is not. */
    boolean updateProfile(DataScope scope, long id, AccountRow.Profile profile) {
        callers.forgetAll();
        ScopedSql where = scoped(scope);
        return jdbc.sql("""
                update identity.users u set display_name = :displayName, region_code = :region,
                    department_code = :department, mobile = :mobile, id_number = :idNumber
                where u.id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("displayName", profile.displayName()).param("region", profile.regionCode())
                .param("department", profile.departmentCode()).param("mobile", profile.mobile())
                .param("idNumber", profile.idNumber()).param("id", id).update() == 1;
    }

    boolean setStatus(DataScope scope, long id, UserAccount.Status status) {
        callers.forgetAll();
        ScopedSql where = scoped(scope);
        return jdbc.sql("update identity.users u set status = :status where u.id = :id and " + where.sql())
                .params(where.parameters()).param("status", status.name()).param("id", id).update() == 1;
    }

    /** Stores a new hash and clears failures and any lock. */
    boolean setPasswordHash(DataScope scope, long id, String hash, Instant now) {
        ScopedSql where = scoped(scope);
        return jdbc.sql("""
                update identity.users u set password_hash = :hash, password_changed_at = :now, failed_attempts = 0,
                    locked_until = null where u.id = :id and %s""".formatted(where.sql())).params(where.parameters())
                .param("hash", hash).param("now", Timestamp.from(now)).param("id", id).update() == 1;
    }

    /** Replaces the roles of an account inside {@code scope}. */
    void replaceRoles(DataScope scope, long id, Set<String> roleCodes) {
        replace(scope, id, roleCodes, "delete from identity.user_role where user_id in %s",
                "insert into identity.user_role (user_id, role_code) select a.id, :code from %s a");
    }

    /** Replaces the grids of an account inside {@code scope}. */
    void replaceGrids(DataScope scope, long id, Set<String> gridCodes) {
        replace(scope, id, gridCodes, "delete from identity.user_grid where user_id in %s",
                "insert into identity.user_grid (user_id, grid_code) select a.id, :code from %s a");
    }

    /** How many holders of the role are outside {@code scope} — accounts a caller of that scope may not touch. */
    long holdersOutside(DataScope scope, String roleCode) {
        ScopedSql where = scoped(scope);
        return jdbc.sql("""
                select count(*) from identity.user_role ur join identity.users u on u.id = ur.user_id
                where ur.role_code = :role and not (%s)""".formatted(where.sql())).params(where.parameters())
                .param("role", roleCode).query(Long.class).single();
    }

    /** Everything the holders of the role inside {@code scope} may do, through any of their roles. */
    Set<Permission> holdersPermissions(DataScope scope, String roleCode) {
        ScopedSql where = scoped(scope);
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        jdbc.sql("""
                select distinct p.permission from identity.user_role ur join identity.users u on u.id = ur.user_id
                join identity.user_role held on held.user_id = u.id
                join identity.role_permission p on p.role_code = held.role_code
                where ur.role_code = :role and %s""".formatted(where.sql())).params(where.parameters())
                .param("role", roleCode).query(String.class).list()
                .forEach(p -> permissions.add(Permission.valueOf(p)));
        return permissions;
    }

    /**
     * Counts a failed login in one statement (safe under concurrent attempts); the {@code maxFailures}-th
     * consecutive failure locks the account until {@code lockUntil} and starts counting afresh.
     *
     * @return the lock's end when this failure locked the account, else empty
     */
    @Unscoped("sign-in bookkeeping for the account signing in, before anyone is known")
    Optional<Instant> recordFailure(long id, int maxFailures, Instant lockUntil) {
        int failures = jdbc.sql("""
                update identity.users set
                    failed_attempts = case when failed_attempts + 1 >= :max then 0 else failed_attempts + 1 end,
                    locked_until = case when failed_attempts + 1 >= :max then :until else locked_until end
                where id = :id returning failed_attempts""")
                .param("max", maxFailures).param("until", Timestamp.from(lockUntil)).param("id", id)
                .query(Integer.class).single();
        // the counter only drops back to 0 in the statement that locks
        return failures == 0 ? Optional.of(lockUntil) : Optional.empty();
    }

    /** Replaces a hash by a stronger one of the same password (not a password change). */
    @Unscoped("sign-in bookkeeping for the account that has just proved its password")
    void upgradeHash(long id, String hash) {
        jdbc.sql("update identity.users set password_hash = :hash where id = :id")
                .param("hash", hash).param("id", id).update();
    }

    /** After a successful login: no failures, no lock. */
    @Unscoped("sign-in bookkeeping for the account that has just proved its password")
    void resetFailures(long id) {
        jdbc.sql("""
                update identity.users set failed_attempts = 0, locked_until = null
                where id = :id and (failed_attempts <> 0 or locked_until is not null)""").param("id", id).update();
    }

    /** Deletes an account's rows of a child table and inserts one per code — only for an account inside the scope. */
    private void replace(DataScope scope, long id, Set<String> codes, String delete, String insert) {
        callers.forgetAll();
        ScopedSql where = scoped(scope);
        String account = "(select u.id from identity.users u where u.id = :id and " + where.sql() + ")";
        jdbc.sql(delete.formatted(account)).params(where.parameters()).param("id", id).update();
        for (String code : codes) {
            jdbc.sql(insert.formatted(account)).params(where.parameters()).param("id", id).param("code", code)
                    .update();
        }
    }

    private static ScopedSql scoped(DataScope scope) {
        return ScopedSql.where(scope, "u.region_code", "u.department_code");
    }
}
