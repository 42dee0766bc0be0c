package org.shuzhi.privacy;

import java.util.regex.Pattern;

/**
 * The 18-character unified social credit code of GB 32100-2015 (统一社会信用代码): registration authority, entity
 * type, 6-digit administrative division, 9-character organisation code, and a MOD 31 check character, all over the
 * alphabet 0–9 A–H J–N P–R T–U W–Y (no I, O, S, V, Z).
 */
public final class SocialCreditCode {

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    /** Candidates in free text: 18 code characters not glued to other letters or digits. */
    public static final Pattern CANDIDATE = Pattern.compile(
            "(?<![0-9A-Za-z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])");

    private SocialCreditCode() {
    }

    /** True when the code has the right shape and check character (upper case, as issued). */
    public static boolean isValid(String code) {
        return code != null && SHAPE.matcher(code).matches() && checkCharacter(code) == code.charAt(17);
    }

    /** The check character for the first 17 characters of {@code code}. */
    public static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = ALPHABET.indexOf(code.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not a code character: " + code.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
