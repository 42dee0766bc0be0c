package org.shuzhi.identity.internal;

import java.util.Locale;
import java.util.function.UnaryOperator;

import org.shuzhi.platform.ApiProblem;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;

/**
 * The personal fields of an account (real-name rule): validated with the privacy module's recognisers and stored
 * in one normal form, so masking and search see one spelling. Problems never echo the value: it is personal.
 */
final class PersonalFields {

    private PersonalFields() {
    }

    /** A mobile number as 11 digits (spaces, hyphens and a +86 prefix dropped); {@code null} for none; else 400. */
    static String mobile(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String digits = input.strip().replace(" ", "").replace("-", "");
        if (!MobileNumber.isValid(digits)) {
            throw ApiProblem.badRequest("identity.user.invalid-mobile").with("field", "mobile");
        }
        return digits.substring(digits.length() - 11);
    }

    /** A resident ID number with an upper-case X; {@code null} for none; else 400 (shape, birth date, check). */
    static String idNumber(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String number = input.strip().toUpperCase(Locale.ROOT);
        if (!ResidentIdNumber.isValid(number)) {
            throw ApiProblem.badRequest("identity.user.invalid-id-number").with("field", "idNumber");
        }
        return number;
    }

    /**
     * A change to a stored field: {@code null} keeps {@code current} (a client shown a masked value sends nothing
     * back), blank clears it, anything else is normalised.
     */
    static String change(String input, String current, UnaryOperator<String> normalise) {
        return input == null ? current : normalise.apply(input);
    }
}
