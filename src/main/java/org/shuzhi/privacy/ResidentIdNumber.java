package org.shuzhi.privacy;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The 18-character citizen identity number of GB 11643-1999 (公民身份号码): 6-digit address code, 8-digit birth
 * date, 3-digit sequence, and an ISO 7064 MOD 11-2 check character (0–9 or X for 10).
 */
public final class ResidentIdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dXx]");
    /** Candidates in free text: 18 characters not glued to other digits or letters. */
    public static final Pattern CANDIDATE = Pattern.compile("(?<![0-9A-Za-z])[1-9]\\d{16}[\\dXx](?![0-9A-Za-z])");

    private ResidentIdNumber() {
    }

    /** True when the number has the right shape, a real birth date not in the future, and a correct check character. */
    public static boolean isValid(String number) {
        if (number == null || !SHAPE.matcher(number).matches()) {
            return false;
        }
        return hasPlausibleBirthDate(number) && checkCharacter(number) == Character.toUpperCase(number.charAt(17));
    }

    /** The check character for the first 17 digits of {@code number}. */
    public static char checkCharacter(String number) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    private static boolean hasPlausibleBirthDate(String number) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)), Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() >= 1850 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException | NumberFormatException e) {
            return false;
        }
    }
}
