package org.shuzhi.event.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

import org.shuzhi.platform.ApiProblem;

/**
 * A period of whole local days, {@code from} to {@code to} inclusive, as statistics filters give it
 * ({@code ?from=2026-11-01&to=2026-11-30}); by default the last 30 days up to today.
 *
 * @param from the first day
 * @param to   the last day
 */
record StatisticsPeriod(LocalDate from, LocalDate to) {

    /** The default length of a period, in days. */
    static final int DEFAULT_DAYS = 30;
    /** The longest period asked for in one request, in days: enough for three years of trends. */
    static final int MAX_DAYS = 1100;

    /**
     * The period from request parameters (each may be missing: {@code to} defaults to today, {@code from} to 29 days
     * before {@code to}); 400 for a date that does not parse, an inverted or an overlong period.
     */
    static StatisticsPeriod of(String from, String to, LocalDate today, int maxDays) {
        LocalDate last = date(to, "to", today);
        LocalDate first = date(from, "from", last.minusDays(DEFAULT_DAYS - 1));
        if (first.isAfter(last)) {
            throw ApiProblem.badRequest("stats.period.inverted", first, last).with("field", "from");
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > maxDays) {
            throw ApiProblem.badRequest("stats.period.too-long", maxDays).with("field", "from");
        }
        return new StatisticsPeriod(first, last);
    }

    /** The first instant of the period in {@code zone}. */
    Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in {@code zone}. */
    Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (text == null || text.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest("stats.period.date", text).with("field", field);
        }
    }
}
