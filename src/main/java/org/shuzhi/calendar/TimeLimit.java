package org.shuzhi.calendar;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A time limit (时限) as rules state it: so many calendar hours, working hours or working days.
 *
 * @param amount how many units, not negative
 * @param unit   what is counted
 */
public record TimeLimit(int amount, Unit unit) {

    private static final Pattern SPEC = Pattern.compile("([0-9]{1,4})(h|wh|d)");

    public TimeLimit {
        if (amount < 0) {
            throw new IllegalArgumentException("a time limit cannot be negative: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a time limit needs a unit");
        }
    }

    /** Calendar hours, day and night, holidays included — for urgent matters. */
    public static TimeLimit hours(int hours) {
        return new TimeLimit(hours, Unit.HOURS);
    }

    /** Hours inside office hours on working days. */
    public static TimeLimit workingHours(int hours) {
        return new TimeLimit(hours, Unit.WORKING_HOURS);
    }

    /** Working days, counted from the day after the start, due at close of business. */
    public static TimeLimit workingDays(int days) {
        return new TimeLimit(days, Unit.WORKING_DAYS);
    }

    /**
     * Parses the short form rules are written in: {@code 24h} (calendar hours), {@code 8wh} (working hours) or
     * {@code 5d} (working days) — the form {@link #toString()} writes.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static TimeLimit parse(String spec) {
        Matcher m = SPEC.matcher(spec == null ? "" : spec.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a time limit (e.g. 24h, 8wh or 5d): " + spec);
        }
        Unit unit = switch (m.group(2)) {
            case "h" -> Unit.HOURS;
            case "wh" -> Unit.WORKING_HOURS;
            default -> Unit.WORKING_DAYS;
        };
        return new TimeLimit(Integer.parseInt(m.group(1)), unit);
    }

    /** Half of this limit, at least one unit — e.g. for the most urgent matters. */
    public TimeLimit halved() {
        return new TimeLimit(Math.max(1, amount / 2), unit);
    }

    @Override
    public String toString() {
        return amount + switch (unit) {
            case HOURS -> "h";
            case WORKING_HOURS -> "wh";
            case WORKING_DAYS -> "d";
        };
    }

    /** What a time limit counts. */
    public enum Unit {
        /** Calendar hours (24x7). */
        HOURS,
        /** Hours inside office hours on working days. */
        WORKING_HOURS,
        /** Working days. */
        WORKING_DAYS
    }
}
