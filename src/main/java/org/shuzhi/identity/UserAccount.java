package org.shuzhi.identity;

import java.time.Instant;
import java.util.Set;

import org.shuzhi.privacy.FieldType;
import org.shuzhi.privacy.Personal;

/**
 * A user or system account as administrators see it. The password hash is never exposed.
 *
 * @param username       unique login name
 * @param displayName    the name to show
 * @param kind           person or system account
 * @param regionCode     the jurisdiction node it belongs to
 * @param departmentCode its department, or {@code null}
 * @param status         whether it may log in
 * @param roles          codes of the roles held
 * @param gridCodes      grids patrolled
 * @param lockedUntil    end of a lock-out after failed logins, or {@code null}
 * @param mobile         mobile number for the real-name rule, or {@code null}; masked in every response unless the
 *                       caller may see general personal information
 * @param idNumber       resident ID number (公民身份号码), or {@code null}; masked unless the caller may see
 *                       sensitive personal information
 */
public record UserAccount(String username, String displayName, Caller.Kind kind, String regionCode,
        String departmentCode, Status status, Set<String> roles, Set<String> gridCodes, Instant lockedUntil,
        @Personal(FieldType.MOBILE) String mobile, @Personal(FieldType.RESIDENT_ID) String idNumber) {

    public UserAccount {
        roles = Set.copyOf(roles);
        gridCodes = Set.copyOf(gridCodes);
    }

    /** Whether the account may authenticate. */
    public enum Status {
        ACTIVE, DISABLED
    }
}
