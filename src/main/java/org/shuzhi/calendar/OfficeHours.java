package org.shuzhi.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The hours of a working day during which working-hour deadlines run: one or more periods in order, each within
 * the day, none overlapping — e.g. 09:00–12:00 and 13:30–17:30, the lunch break excluded. The end of the last
 * period is the close of business.
 *
 * @param periods the periods of the day, in order
 */
public record OfficeHours(List<Period> periods) {

    /** The default: 09:00–12:00 and 13:30–17:30 (seven hours), a common schedule of Chinese government offices. */
    public static final OfficeHours DEFAULT = parse("09:00-12:00,13:30-17:30");

    public OfficeHours {
        periods = List.copyOf(periods);
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("office hours need at least one period");
        }
        for (int i = 1; i < periods.size(); i++) {
            if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
                throw new IllegalArgumentException("office-hours periods must be in order and must not overlap: "
                        + periods.get(i - 1) + ", " + periods.get(i));
            }
        }
    }

    /**
     * Parses {@code 09:00-12:00,13:30-17:30}: periods as {@code HH:mm-HH:mm}, separated by commas.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static OfficeHours parse(String text) {
        List<Period> periods = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] ends = part.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("not a period HH:mm-HH:mm: " + part.strip());
            }
            try {
                periods.add(new Period(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip())));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("not a period HH:mm-HH:mm: " + part.strip(), e);
            }
        }
        return new OfficeHours(periods);
    }

    /** The end of the last period. */
    public LocalTime closeOfBusiness() {
        return periods.get(periods.size() - 1).end();
    }

    /** The start of the first period. */
    public LocalTime opening() {
        return periods.get(0).start();
    }

    /** How long a full working day is (on a day without a daylight-saving change). */
    public Duration perDay() {
        return periods.stream().map(Period::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** The periods as {@link #parse} reads them, e.g. {@code 09:00-12:00,13:30-17:30}. */
    @Override
    public String toString() {
        return periods.stream().map(Period::toString).collect(Collectors.joining(","));
    }

    /**
     * One period of office hours, within one day.
     *
     * @param start when it starts
     * @param end   when it ends, after {@code start}
     */
    public record Period(LocalTime start, LocalTime end) {

        public Period {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("an office-hours period must end after it starts: " + start
                        + "-" + end);
            }
        }

        /** Its length. */
        public Duration length() {
            return Duration.between(start, end);
        }

        @Override
        public String toString() {
            return start + "-" + end;
        }
    }
}
