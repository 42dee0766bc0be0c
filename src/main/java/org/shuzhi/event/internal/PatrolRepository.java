package org.shuzhi.event.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.shuzhi.platform.DataScope;
import org.shuzhi.platform.ScopedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code event.patrol}, every read and write confined to a scope on the patrol's region. */
@Repository
class PatrolRepository {

    private static final String COLUMNS = """
            id, inspector_account, inspector_name, grid_code, region_code, started_at, ended_at, start_lat, start_lng,
            end_lat, end_lng, distance_metres""";

    /** An inspector's patrols on one local day: how many were completed and their hours. */
    record PatrolDay(String account, String name, LocalDate day, int patrols, double hours) {
    }

    private final JdbcClient jdbc;

    PatrolRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Starts a patrol; empty when the inspector has one open already (the unique index decides, so two check-ins
     * at the same moment cannot both succeed).
     *
     * @throws IllegalArgumentException when the region lies outside {@code scope} (callers check first)
     */
    Optional<Long> start(String account, String name, String gridCode, String regionCode, Instant at, Double lat,
            Double lng, DataScope scope) {
        if (!scope.covers(regionCode)) {
            throw new IllegalArgumentException("region " + regionCode + " is outside the inspector's scope");
        }
        return jdbc.sql("""
                insert into event.patrol (inspector_account, inspector_name, grid_code, region_code, started_at,
                                          start_lat, start_lng)
                values (:account, :name, :grid, :region, :at, :lat, :lng)
                on conflict (inspector_account) where ended_at is null do nothing
                returning id""")
                .param("account", account).param("name", name).param("grid", gridCode).param("region", regionCode)
                .param("at", Timestamp.from(at)).param("lat", lat).param("lng", lng)
                .query(Long.class).optional();
    }

    /** The inspector's open patrol, if any, inside {@code scope}. */
    Optional<Patrol> openOf(String account, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.patrol where inspector_account = :account"
                        + " and ended_at is null and " + inScope.sql())
                .param("account", account).params(inScope.parameters()).query(PatrolRepository::patrol).optional();
    }

    /** The patrol with this id if it is the inspector's own and inside {@code scope}. */
    Optional<Patrol> findOwn(long id, String account, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.patrol where id = :id and inspector_account = :account and "
                        + inScope.sql())
                .param("id", id).param("account", account).params(inScope.parameters())
                .query(PatrolRepository::patrol).optional();
    }

    /** Ends the inspector's open patrol {@code id}; false when it is not open (any more), not theirs or outside. */
    boolean end(long id, String account, Instant at, Double lat, Double lng, Double distanceMetres, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("""
                update event.patrol set ended_at = greatest(:at, started_at), end_lat = :lat, end_lng = :lng,
                       distance_metres = :distance
                 where id = :id and inspector_account = :account and ended_at is null and\s""" + inScope.sql())
                .param("at", Timestamp.from(at)).param("lat", lat).param("lng", lng).param("distance", distanceMetres)
                .param("id", id).param("account", account).params(inScope.parameters())
                .update() == 1;
    }

    /** The inspector's own patrols started in [from, to) inside {@code scope}, newest first. */
    List<Patrol> mine(String account, Instant from, Instant to, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("select " + COLUMNS + " from event.patrol where inspector_account = :account"
                        + " and started_at >= :from and started_at < :to and " + inScope.sql()
                        + " order by started_at desc, id desc limit 500")
                .param("account", account).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .params(inScope.parameters()).query(PatrolRepository::patrol).list();
    }

    /**
     * Per inspector and local day (of check-in), the completed patrols started in [from, to) inside {@code scope}
     * and their hours. A patrol still open counts once it is checked out.
     */
    List<PatrolDay> days(Instant from, Instant to, ZoneId zone, DataScope scope) {
        ScopedSql inScope = ScopedSql.where(scope, "region_code");
        return jdbc.sql("""
                select inspector_account, max(inspector_name) as name, d as day,
                       count(*) filter (where ended_at is not null) as patrols,
                       coalesce(sum(extract(epoch from ended_at - started_at)) / 3600, 0) as hours
                  from (select p.*, (started_at at time zone :zone)::date as d from event.patrol p
                         where started_at >= :from and started_at < :to and\s""" + inScope.sql() + """
                       ) s
                 group by inspector_account, d order by inspector_account, d""")
                .param("zone", zone.getId()).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .params(inScope.parameters())
                .query((row, i) -> new PatrolDay(row.getString("inspector_account"), row.getString("name"),
                        row.getObject("day", LocalDate.class), row.getInt("patrols"), row.getDouble("hours")))
                .list();
    }

    private static Patrol patrol(ResultSet row, int rowNumber) throws SQLException {
        Timestamp ended = row.getTimestamp("ended_at");
        return new Patrol(row.getLong("id"), row.getString("inspector_account"), row.getString("inspector_name"),
                row.getString("grid_code"), row.getString("region_code"), row.getTimestamp("started_at").toInstant(),
                ended == null ? null : ended.toInstant(), (Double) row.getObject("start_lat"),
                (Double) row.getObject("start_lng"), (Double) row.getObject("end_lat"),
                (Double) row.getObject("end_lng"), (Double) row.getObject("distance_metres"));
    }
}
