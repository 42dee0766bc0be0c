package org.shuzhi.grid.internal;

import org.shuzhi.platform.ApiProblem;

/** A region-code prefix as callers give it: up to 12 digits, or nothing for "everywhere". */
final class RegionPrefix {

    private RegionPrefix() {
    }

    static boolean isValid(String prefix) {
        return prefix != null && prefix.length() <= 12 && prefix.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    /**
     * The prefix of a request parameter; empty when absent or blank.
     *
     * @throws ApiProblem (400 {@code grid.query.invalid-region}) when it is not up to 12 digits
     */
    static String of(String parameter) {
        if (parameter == null || parameter.isBlank()) {
            return "";
        }
        String prefix = parameter.strip();
        if (!isValid(prefix)) {
            throw ApiProblem.badRequest("grid.query.invalid-region", parameter);
        }
        return prefix;
    }
}
