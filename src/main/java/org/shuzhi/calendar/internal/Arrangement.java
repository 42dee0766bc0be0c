package org.shuzhi.calendar.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.shuzhi.platform.ApiProblem;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One year's checked holiday arrangement: its holidays and make-up working days in date order. Every way a year
 * gets in — the bundled files, the REST upload, the import command — builds one with {@link #of}, so the rules are
 * the same everywhere.
 *
 * @param year the year
 * @param days its special days, in date order
 */
record Arrangement(int year, List<SpecialDay> days) {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME = 50;

    Arrangement {
        days = days.stream().sorted(Comparator.comparing(SpecialDay::date)).toList();
    }

    /**
     * Checks the rows of an upload: each date a real date in {@code year} (or, when {@code year} is {@code null},
     * in the year of the first row), each kind {@code HOLIDAY}/{@code 休} or {@code WORKDAY}/{@code 班}, a name of
     * at most {@value #MAX_NAME} characters, no date twice, and a make-up working day only on a Saturday or Sunday.
     *
     * @throws ApiProblem (400) for the first bad row, naming it with {@code where}
     */
    static Arrangement of(Integer year, List<RawDay> rows, Where where) {
        if (year != null) {
            checkYear(year);
        } else if (rows.isEmpty()) {
            throw ApiProblem.badRequest("calendar.import.no-days");
        }
        Integer theYear = year;
        Map<LocalDate, Integer> seen = new HashMap<>();
        List<SpecialDay> days = new java.util.ArrayList<>();
        for (RawDay row : rows) {
            LocalDate date = date(row, where);
            if (theYear == null) {
                theYear = date.getYear();
                checkYear(theYear);
            }
            if (date.getYear() != theYear) {
                throw where.problem(row.position(), "calendar.import.wrong-year", row.date(), String.valueOf(theYear));
            }
            Integer earlier = seen.putIfAbsent(date, row.position());
            if (earlier != null) {
                throw where.problem(row.position(), "calendar.import.duplicate", row.date(), where.at(earlier));
            }
            SpecialDay.Kind kind = kind(row, where);
            if (kind == SpecialDay.Kind.WORKDAY && !DayTable.isWeekend(date)) {
                throw where.problem(row.position(), "calendar.import.workday-not-weekend", row.date(),
                        new DefaultMessageSourceResolvable(new String[] {
                                "calendar.weekday." + date.getDayOfWeek().getValue()}, null, ""));
            }
            days.add(new SpecialDay(date, kind, name(row.name(), row, where), row.nameEn() == null ? null
                    : name(row.nameEn(), row, where)));
        }
        return new Arrangement(theYear, days);
    }

    /** @throws ApiProblem (400) for a year outside {@value #MIN_YEAR}–{@value #MAX_YEAR} */
    static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw ApiProblem.badRequest("calendar.year.out-of-range", String.valueOf(year),
                    String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
        }
    }

    long count(SpecialDay.Kind kind) {
        return days.stream().filter(d -> d.kind() == kind).count();
    }

    /** SHA-256 of the days in their CSV form: equal for equal arrangements, whatever file they came from. */
    String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(ArrangementCsv.write(this, null).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate date(RawDay row, Where where) {
        try {
            return LocalDate.parse(row.date());
        } catch (DateTimeParseException | NullPointerException e) {
            throw where.problem(row.position(), "calendar.import.bad-date", String.valueOf(row.date()));
        }
    }

    private static SpecialDay.Kind kind(RawDay row, Where where) {
        String kind = row.kind() == null ? "" : row.kind().strip();
        return switch (kind.toUpperCase(Locale.ROOT)) {
            case "HOLIDAY", "休" -> SpecialDay.Kind.HOLIDAY;
            case "WORKDAY", "班" -> SpecialDay.Kind.WORKDAY;
            default -> throw where.problem(row.position(), "calendar.import.bad-kind", kind);
        };
    }

    private static String name(String name, RawDay row, Where where) {
        if (name == null || name.isBlank()) {
            throw where.problem(row.position(), "calendar.import.blank-name", row.date());
        }
        if (name.strip().length() > MAX_NAME) {
            throw where.problem(row.position(), "calendar.import.long-name", row.date(), MAX_NAME);
        }
        return name.strip();
    }
}
