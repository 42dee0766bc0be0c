package org.shuzhi.privacy;

import java.util.regex.Pattern;

/** A mainland China mobile number (11 digits, 13x–19x), optionally written with +86 or 86 in front. */
public final class MobileNumber {

    private static final Pattern SHAPE = Pattern.compile("(?:\\+?86)?1[3-9]\\d{9}");
    /** Candidates in free text: 11 digits starting 13–19, not glued to other digits. */
    public static final Pattern CANDIDATE = Pattern.compile("(?<!\\d)1[3-9]\\d{9}(?!\\d)");

    private MobileNumber() {
    }

    public static boolean isValid(String number) {
        return number != null && SHAPE.matcher(number.replace(" ", "").replace("-", "")).matches();
    }
}
