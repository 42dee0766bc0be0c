package org.shuzhi.event.internal;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.shuzhi.event.EventView;
import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Possible duplicates of an event (重复事件): open events (not closed, rejected or merged) of the same leaf category
 * reported within the configured distance (great-circle, haversine) and time of it, inside the caller's scope.
 * The database narrows by category, time and a bounding box (index on category and report time); the exact
 * distance is measured here.
 */
@Repository
class DuplicateFinder {

    /** Mean earth radius (IUGG), in metres. */
    private static final double EARTH_RADIUS = 6_371_008.8;
    /** At most this many events in the box are measured — far more than any real cluster of duplicates. */
    private static final int MAX_CANDIDATES = 500;

    /**
     * A possible duplicate.
     *
     * @param event        the other event
     * @param metres       how far from the event, rounded to 0.1 m
     * @param secondsApart when it was reported relative to the event, in seconds (negative: earlier)
     */
    record Duplicate(EventView event, double metres, long secondsApart) {
    }

    private final JdbcClient jdbc;
    private final EventWatchProperties.Duplicates settings;

    DuplicateFinder(JdbcClient jdbc, EventWatchProperties properties) {
        this.jdbc = jdbc;
        this.settings = properties.duplicates();
    }

    /** The possible duplicates of {@code event} inside {@code scope}, nearest first; none without a location. */
    List<Duplicate> duplicatesOf(EventView event, DataScope scope) {
        if (event.lat() == null) {
            return List.of();
        }
        double distance = settings.distanceMetres();
        double dLat = Math.toDegrees(distance / EARTH_RADIUS) * 1.01;
        double dLng = dLat / Math.max(0.01, Math.cos(Math.toRadians(event.lat())));
        Duration window = settings.window();
        ScopedSql inScope = EventRepository.scoped(scope);
        return jdbc.sql("select " + EventRepository.COLUMNS + """
                         from event.event
                        where category_code = :category and id <> :id
                          and state not in ('CLOSED', 'REJECTED', 'MERGED')
                          and reported_at between :from and :to
                          and lat between :south and :north and lng between :west and :east
                          and\s""" + inScope.sql() + " order by reported_at limit " + MAX_CANDIDATES)
                .param("category", event.categoryCode()).param("id", event.id())
                .param("from", Timestamp.from(event.reportedAt().minus(window)))
                .param("to", Timestamp.from(event.reportedAt().plus(window)))
                .param("south", event.lat() - dLat).param("north", event.lat() + dLat)
                .param("west", event.lng() - dLng).param("east", event.lng() + dLng)
                .params(inScope.parameters())
                .query(EventRepository::event).list().stream()
                .map(other -> new Duplicate(other, Math.round(metres(event, other) * 10) / 10.0,
                        Duration.between(event.reportedAt(), other.reportedAt()).toSeconds()))
                .filter(d -> d.metres() <= distance)
                .sorted(Comparator.comparingDouble(Duplicate::metres)
                        .thenComparingLong(d -> Math.abs(d.secondsApart())))
                .toList();
    }

    /** The great-circle distance between two located events (haversine). */
    private static double metres(EventView a, EventView b) {
        double phi1 = Math.toRadians(a.lat());
        double phi2 = Math.toRadians(b.lat());
        double dPhi = phi2 - phi1;
        double dLambda = Math.toRadians(b.lng() - a.lng());
        double h = Math.pow(Math.sin(dPhi / 2), 2) + Math.cos(phi1) * Math.cos(phi2) * Math.pow(Math.sin(dLambda / 2), 2);
        return 2 * EARTH_RADIUS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
