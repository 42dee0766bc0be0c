package org.shuzhi.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.shuzhi.platform.ApiProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The password rules: at least {@value #MIN_LENGTH} characters and at most {@value #MAX_BYTES} bytes of UTF-8 (what
 * BCrypt can hash — it refuses longer input rather than silently ignoring the rest), at least three of the four classes (lower case,
 * upper case, digit, other), not containing the username (ignoring case), not a well-known password. A password
 * breaking any rule is refused with one 400 problem whose {@code brokenRules} member lists every broken rule.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    /** Rule names, also the suffixes of their message keys {@code identity.password.rule.<name>}. */
    static final String LENGTH = "length", TOO_LONG = "too-long", CLASSES = "classes", USERNAME = "username",
            COMMON = "common";
    private static final List<String> RULES = List.of(LENGTH, TOO_LONG, CLASSES, USERNAME, COMMON);

    // Compared in lower case; the usual leaked-list leaders and Chinese favourites of ten characters or more.
    private static final Set<String> COMMON_PASSWORDS = Set.of("password123", "password1234", "1234567890",
            "12345678910", "qwertyuiop", "1qaz2wsx3edc", "1q2w3e4r5t", "abc1234567", "admin12345", "admin@123456",
            "p@ssw0rd123", "password@123", "qwerty123456", "woaini1314", "aa123456789", "iloveyou123",
            "zxcvbnm123", "a1234567890", "passw0rd!!", "welcome123", "shuzhi12345");

    private PasswordRules() {
    }

    /** The names of the rules {@code password} breaks for {@code username}; empty when it is acceptable. */
    static List<String> broken(String username, String password) {
        List<String> broken = new ArrayList<>();
        String pw = password == null ? "" : password;
        if (pw.codePointCount(0, pw.length()) < MIN_LENGTH) {
            broken.add(LENGTH);
        }
        if (!hashable(pw)) {
            broken.add(TOO_LONG);
        }
        if (classes(pw) < 3) {
            broken.add(CLASSES);
        }
        String lower = pw.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            broken.add(USERNAME);
        }
        if (COMMON_PASSWORDS.contains(lower)) {
            broken.add(COMMON);
        }
        return broken;
    }

    /** Throws the 400 problem {@code identity.password.weak} when any rule is broken. */
    static void require(String username, String password) {
        List<String> broken = broken(username, password);
        if (!broken.isEmpty()) {
            // one argument per rule, resolved in the caller's language by the message source; unbroken ones are empty
            Object[] texts = RULES.stream().map(rule -> broken.contains(rule)
                    ? new DefaultMessageSourceResolvable(new String[] {"identity.password.rule." + rule},
                            new Object[] {MIN_LENGTH, MAX_BYTES})
                    : "").toArray();
            throw ApiProblem.badRequest("identity.password.weak", texts).with("brokenRules", broken);
        }
    }

    /** True when BCrypt can hash the password: at most {@value #MAX_BYTES} bytes of UTF-8. */
    static boolean hashable(String password) {
        return password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_BYTES;
    }

    private static int classes(String pw) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < pw.length(); i++) {
            char c = pw.charAt(i);
            if (Character.isLowerCase(c)) {
                lower = true;
            } else if (Character.isUpperCase(c)) {
                upper = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
