package org.shuzhi.privacy;

import java.util.regex.Pattern;

/** A bank card number: 13 to 19 digits with a valid Luhn (ISO/IEC 7812) check digit. */
public final class BankCardNumber {

    private static final Pattern SHAPE = Pattern.compile("\\d{13,19}");

    private BankCardNumber() {
    }

    public static boolean isValid(String number) {
        if (number == null) {
            return false;
        }
        String digits = number.replace(" ", "");
        return SHAPE.matcher(digits).matches() && luhnSum(digits) % 10 == 0;
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
            doubled = !doubled;
        }
        return sum;
    }
}
