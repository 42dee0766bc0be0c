package org.shuzhi.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.shuzhi.identity.Caller;
import org.shuzhi.identity.UserAccount;

/**
 * One account as stored, with its roles and grids, as {@link AccountStore#SELECT} reads it. The password hash never
 * leaves the identity module.
 */
record AccountRow(long id, String username, String displayName, Caller.Kind kind, String regionCode,
        String departmentCode, UserAccount.Status status, String passwordHash, int failedAttempts,
        Instant lockedUntil, String mobile, String idNumber, Set<String> roles, Set<String> gridCodes) {

    /**
     * The fields of an account an administrator sets.
     *
     * @param mobile   11 digits, or {@code null}
     * @param idNumber 18 characters with an upper-case X, or {@code null}
     */
    record Profile(String displayName, String regionCode, String departmentCode, String mobile, String idNumber) {
    }

    AccountRow {
        roles = Set.copyOf(roles);
        gridCodes = Set.copyOf(gridCodes);
    }

    Profile profile() {
        return new Profile(displayName, regionCode, departmentCode, mobile, idNumber);
    }

    /** The administrators' view: everything but the password hash and the failure count. */
    UserAccount account() {
        return new UserAccount(username, displayName, kind, regionCode, departmentCode, status, roles, gridCodes,
                lockedUntil, mobile, idNumber);
    }

    static AccountRow map(ResultSet rs, int rowNumber) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                Caller.Kind.valueOf(rs.getString("kind")), rs.getString("region_code"),
                rs.getString("department_code"), UserAccount.Status.valueOf(rs.getString("status")),
                rs.getString("password_hash"), rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant(), rs.getString("mobile"), rs.getString("id_number"),
                strings(rs.getArray("roles")), strings(rs.getArray("grids")));
    }

    private static Set<String> strings(Array array) throws SQLException {
        return array == null ? Set.of() : new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
