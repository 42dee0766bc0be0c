package org.shuzhi.open311.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.shuzhi.event.EventQuery;
import org.shuzhi.event.EventSource;
import org.shuzhi.event.EventState;

/**
 * The parameters of GET requests, as the spec defines them: {@code service_request_id} (comma-separated; when given,
 * every other parameter is ignored), {@code service_code} (comma-separated), {@code start_date} and
 * {@code end_date} (W3C date-times with a time zone, over the requested date-time, both inclusive) and
 * {@code status} ({@code open}, {@code closed} or both, comma-separated). The window is at most 90 days: the last
 * 90 days by default, 90 days from a start or up to an end given alone; never more than 1000 requests.
 *
 * @param ids       service_request_id
 * @param codes     service_code
 * @param startDate start_date
 * @param endDate   end_date
 * @param status    status
 */
record RequestFilter(String ids, String codes, String startDate, String endDate, String status) {

    static final Duration WINDOW = Duration.ofDays(90);
    static final int LIMIT = 1000;

    /** The event query for these parameters at time {@code now}, over events of {@code sources}; 400 when invalid. */
    EventQuery query(Instant now, Set<EventSource> sources) {
        if (!blank(ids)) {
            Set<Long> numbers = new LinkedHashSet<>();
            for (String id : split(ids)) {
                if (!id.matches("[0-9]{1,18}")) {
                    throw Open311Error.badRequest("open311.error.request-id", id);
                }
                numbers.add(Long.parseLong(id));
            }
            return new EventQuery(numbers, Set.of(), Set.of(), sources, null, null, LIMIT);
        }
        Set<EventState> states = new LinkedHashSet<>();
        split(status).forEach(s -> states.addAll(Status.states(s)));
        Instant start = date("start_date", startDate);
        Instant end = date("end_date", endDate);
        if (start == null && end == null) {
            end = now;
        }
        if (start == null) {
            start = end.minus(WINDOW);
        } else if (end == null) {
            end = start.plus(WINDOW);
        }
        if (end.isBefore(start)) {
            throw Open311Error.badRequest("open311.error.date-order");
        }
        if (Duration.between(start, end).compareTo(WINDOW) > 0) {
            throw Open311Error.badRequest("open311.error.date-span", WINDOW.toDays());
        }
        return new EventQuery(Set.of(), Set.copyOf(split(codes)), states, sources, start, end, LIMIT);
    }

    private static Instant date(String name, String value) {
        if (blank(value)) {
            return null;
        }
        try {
            // an unencoded + of the offset arrives as a space in a query string
            return OffsetDateTime.parse(value.strip().replace(' ', '+')).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Error.badRequest("open311.error.date", name, value);
        }
    }

    private static List<String> split(String list) {
        return blank(list) ? List.of()
                : Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
