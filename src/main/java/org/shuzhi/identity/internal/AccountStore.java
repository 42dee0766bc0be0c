package org.shuzhi.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.Permission;
import org.shuzhi.identity.UserAccount;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in {@code identity.users} with their roles and grids; the only class that reads password hashes. */
@Repository
class AccountStore {

    private static final String COLUMNS = """
            id, username, display_name, kind, region_code, department_code, status, password_hash,
            failed_attempts, locked_until""";

    private final JdbcClient jdbc;

    AccountStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row of {@code identity.users}. {@code passwordHash} never leaves this module. */
    record Row(long id, String username, String displayName, Caller.Kind kind, String regionCode,
            String departmentCode, UserAccount.Status status, String passwordHash, int failedAttempts,
            Instant lockedUntil) {
    }

    Optional<Row> find(String username) {
        return jdbc.sql("select " + COLUMNS + " from identity.users where username = :username")
                .param("username", username).query(AccountStore::row).optional();
    }

    Optional<Row> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from identity.users where id = :id")
                .param("id", id).query(AccountStore::row).optional();
    }

    /** The accounts inside {@code scope}, by username. */
    List<Row> list(DataScope scope, int limit) {
        ScopedSql where = ScopedSql.where(scope, "region_code", "department_code");
        return jdbc.sql("select " + COLUMNS + " from identity.users where " + where.sql()
                        + " order by username limit :limit")
                .params(where.parameters()).param("limit", limit).query(AccountStore::row).list();
    }

    /** The caller this account stands for, with its roles, their permissions and the account's grids. */
    Caller caller(Row row) {
        Set<String> roles = new TreeSet<>();
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        boolean[] narrowed = {false};
        jdbc.sql("""
                select r.code, r.department_narrowed, p.permission from identity.user_role ur
                join identity.role r on r.code = ur.role_code
                left join identity.role_permission p on p.role_code = r.code
                where ur.user_id = :id""").param("id", row.id()).query(rs -> {
            roles.add(rs.getString("code"));
            narrowed[0] |= rs.getBoolean("department_narrowed");
            String permission = rs.getString("permission");
            if (permission != null) {
                permissions.add(Permission.valueOf(permission));
            }
        });
        return new Caller(row.username(), row.displayName(), row.kind(), row.regionCode(), row.departmentCode(),
                grids(row.id()), roles, permissions, narrowed[0]);
    }

    /** The administrators' view of the account. */
    UserAccount account(Row row) {
        List<String> roles = jdbc.sql("select role_code from identity.user_role where user_id = :id")
                .param("id", row.id()).query(String.class).list();
        return new UserAccount(row.username(), row.displayName(), row.kind(), row.regionCode(), row.departmentCode(),
                row.status(), Set.copyOf(roles), grids(row.id()), row.lockedUntil());
    }

    /** Inserts an account and returns its id; empty when the username is taken. */
    Optional<Long> insert(String username, String displayName, Caller.Kind kind, String regionCode,
            String departmentCode, String passwordHash, Instant now) {
        return jdbc.sql("""
                insert into identity.users (username, display_name, kind, region_code, department_code,
                    password_hash, password_changed_at, created_at)
                values (:username, :displayName, :kind, :region, :department, :hash, :now, :now)
                on conflict (username) do nothing returning id""")
                .param("username", username).param("displayName", displayName).param("kind", kind.name())
                .param("region", regionCode).param("department", departmentCode).param("hash", passwordHash)
                .param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    void updateProfile(long id, String displayName, String regionCode, String departmentCode) {
        jdbc.sql("""
                update identity.users set display_name = :displayName, region_code = :region,
                    department_code = :department where id = :id""")
                .param("displayName", displayName).param("region", regionCode).param("department", departmentCode)
                .param("id", id).update();
    }

    void setStatus(long id, UserAccount.Status status) {
        jdbc.sql("update identity.users set status = :status where id = :id")
                .param("status", status.name()).param("id", id).update();
    }

    /** Stores a new hash and clears failures and any lock. */
    void setPasswordHash(long id, String hash, Instant now) {
        jdbc.sql("""
                update identity.users set password_hash = :hash, password_changed_at = :now, failed_attempts = 0,
                    locked_until = null where id = :id""")
                .param("hash", hash).param("now", Timestamp.from(now)).param("id", id).update();
    }

    /**
     * Counts a failed login in one statement (safe under concurrent attempts); the {@code maxFailures}-th
     * consecutive failure locks the account until {@code lockUntil} and starts counting afresh.
     *
     * @return the lock's end when this failure locked the account, else empty
     */
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
    void upgradeHash(long id, String hash) {
        jdbc.sql("update identity.users set password_hash = :hash where id = :id")
                .param("hash", hash).param("id", id).update();
    }

    /** After a successful login: no failures, no lock. */
    void resetFailures(long id) {
        jdbc.sql("""
                update identity.users set failed_attempts = 0, locked_until = null
                where id = :id and (failed_attempts <> 0 or locked_until is not null)""").param("id", id).update();
    }

    void replaceRoles(long id, Set<String> roleCodes) {
        jdbc.sql("delete from identity.user_role where user_id = :id").param("id", id).update();
        for (String role : roleCodes) {
            jdbc.sql("insert into identity.user_role (user_id, role_code) values (:id, :role)")
                    .param("id", id).param("role", role).update();
        }
    }

    void replaceGrids(long id, Set<String> gridCodes) {
        jdbc.sql("delete from identity.user_grid where user_id = :id").param("id", id).update();
        for (String grid : gridCodes) {
            jdbc.sql("insert into identity.user_grid (user_id, grid_code) values (:id, :grid)")
                    .param("id", id).param("grid", grid).update();
        }
    }

    private Set<String> grids(long id) {
        return new TreeSet<>(jdbc.sql("select grid_code from identity.user_grid where user_id = :id")
                .param("id", id).query(String.class).list());
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Caller.Kind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getString("department_code"), UserAccount.Status.valueOf(rs.getString("status")),
                rs.getString("password_hash"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }
}
