package org.shuzhi.event;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (时限) in calendar hours (round the clock, for urgent matters) or in working days (public holidays
 * and weekends excluded, make-up working days included).
 *
 * @param amount how many
 * @param unit   hours or working days
 */
public record TimeLimit(int amount, Unit unit) {

    private static final Pattern SPEC = Pattern.compile("([0-9]{1,4})([hd])");

    /** Calendar hours or working days. */
    public enum Unit {
        HOURS, WORKING_DAYS
    }

    public TimeLimit {
        if (amount < 1) {
            throw new IllegalArgumentException("a time limit is at least 1: " + amount);
        }
    }

    /**
     * Parses {@code 24h} (calendar hours) or {@code 5d} (working days).
     *
     * @throws IllegalArgumentException for anything else
     */
    public static TimeLimit parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time limit (e.g. 24h or 5d): " + spec);
        }
        return new TimeLimit(Integer.parseInt(m.group(1)), m.group(2).equals("h") ? Unit.HOURS : Unit.WORKING_DAYS);
    }

    /** Half of this limit, at least one hour or day (for critical events). */
    public TimeLimit halved() {
        return new TimeLimit(Math.max(1, amount / 2), unit);
    }

    @Override
    public String toString() {
        return amount + (unit == Unit.HOURS ? "h" : "d");
    }
}
