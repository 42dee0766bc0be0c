package org.shuzhi.calendar.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The tables of the calendar: {@code calendar.year} (which years are known, and where from) and
 * {@code calendar.day} (their holidays and make-up working days). National reference data, the same for every
 * jurisdiction, so nothing here is scoped.
 */
@Repository
class CalendarStore {

    /** Where a stored year came from. */
    enum Origin {
        /** A State Council notice shipped with Shuzhi; replaced when a newer Shuzhi ships a corrected file. */
        BUNDLED,
        /** Set by this deployment (REST or command line); bundled files never overwrite it. */
        UPLOADED
    }

    /**
     * A stored year.
     *
     * @param year      the year
     * @param origin    where it came from
     * @param checksum  {@link Arrangement#checksum()} of its days
     * @param source    the file or request it came from
     * @param updatedBy who stored it
     * @param updatedAt when
     */
    record StoredYear(int year, Origin origin, String checksum, String source, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredYear> years() {
        return jdbc.sql("select year, origin, checksum, source, updated_by, updated_at from calendar.year"
                + " order by year").query(CalendarStore::storedYear).list();
    }

    Optional<StoredYear> year(int year) {
        return jdbc.sql("select year, origin, checksum, source, updated_by, updated_at from calendar.year"
                + " where year = :year").param("year", year).query(CalendarStore::storedYear).optional();
    }

    List<SpecialDay> days() {
        return jdbc.sql("select day, kind, name, name_en from calendar.day order by day")
                .query(CalendarStore::specialDay).list();
    }

    /**
     * A token that changes whenever any year is stored: another node compares it to decide whether to reload.
     */
    String version() {
        return jdbc.sql("select count(*) || '@' || coalesce(max(updated_at)::text, '-') from calendar.year")
                .query(String.class).single();
    }

    /**
     * Serializes writers of the calendar (two nodes starting at once, two uploads) until the transaction ends; reads
     * go on.
     */
    void lock() {
        jdbc.sql("lock table calendar.year in share row exclusive mode").update();
    }

    /** Replaces the year's days with the arrangement's and records where it came from. Call within a transaction. */
    void replace(Arrangement arrangement, Origin origin, String source, String actor) {
        jdbc.sql("""
                insert into calendar.year (year, origin, checksum, source, updated_by, updated_at)
                values (:year, :origin, :checksum, :source, :actor, clock_timestamp())
                on conflict (year) do update set origin = excluded.origin, checksum = excluded.checksum,
                    source = excluded.source, updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).param("year", arrangement.year()).param("origin", origin.name())
                .param("checksum", arrangement.checksum()).param("source", truncate(source, 300))
                .param("actor", truncate(actor, 100)).update();
        jdbc.sql("delete from calendar.day where year = :year").param("year", arrangement.year()).update();
        for (SpecialDay day : arrangement.days()) {
            jdbc.sql("insert into calendar.day (day, year, kind, name, name_en) values (:day, :year, :kind, :name,"
                    + " :nameEn)").param("day", Date.valueOf(day.date())).param("year", arrangement.year())
                    .param("kind", day.kind().name()).param("name", day.name()).param("nameEn", day.nameEn())
                    .update();
        }
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    private static StoredYear storedYear(ResultSet rs, int row) throws SQLException {
        return new StoredYear(rs.getInt("year"), Origin.valueOf(rs.getString("origin")), rs.getString("checksum"),
                rs.getString("source"), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant());
    }

    private static SpecialDay specialDay(ResultSet rs, int row) throws SQLException {
        return new SpecialDay(rs.getDate("day").toLocalDate(), SpecialDay.Kind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("name_en"));
    }
}
