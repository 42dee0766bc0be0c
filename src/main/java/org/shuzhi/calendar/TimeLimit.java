package org.shuzhi.calendar;

/**
 * A time limit (时限) as rules state it: so many calendar hours, working hours or working days.
 *
 * @param amount how many units, not negative
 * @param unit   what is counted
 */
public record TimeLimit(int amount, Unit unit) {

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
