package org.shuzhi.federation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.shuzhi.catalog.CatalogReplication.Position;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Where catalog sync stands with each neighbouring node and direction: the position reached, the last attempt and
 * success, consecutive failures with the time of the next retry, and totals.
 */
@Repository
class PeerStates {

    /** One node and direction. */
    enum Direction {
        REPORT, FLOWBACK, RECEIVED, SERVED
    }

    /** The state of one node and direction. */
    record State(String peer, Direction direction, Position position, Instant lastAttemptAt, Instant lastSuccessAt,
            int failures, Instant nextAttemptAt, String lastError, long changesTotal, long appliedTotal) {
    }

    private final JdbcClient jdbc;

    PeerStates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state, created at the start when there is none yet; {@code forUpdate} locks it. */
    State get(String peer, Direction direction, boolean forUpdate) {
        jdbc.sql("""
                insert into federation.peer_state (peer_node, direction) values (:peer, :direction)
                on conflict do nothing""").param("peer", peer).param("direction", direction.name()).update();
        return jdbc.sql("select * from federation.peer_state where peer_node = :peer and direction = :direction"
                + (forUpdate ? " for update" : "")).param("peer", peer).param("direction", direction.name())
                .query((rs, n) -> state(rs)).single();
    }

    List<State> all() {
        return jdbc.sql("select * from federation.peer_state order by peer_node, direction").query((rs, n) -> state(rs))
                .list();
    }

    /** A round that went through: the new position, counts added, failures cleared. */
    void succeeded(String peer, Direction direction, Position position, int changes, int applied, Instant now) {
        jdbc.sql("""
                update federation.peer_state set position_at = :at, position_id = :id, last_attempt_at = :now,
                    last_success_at = :now, failures = 0, next_attempt_at = null, last_error = null,
                    changes_total = changes_total + :changes, applied_total = applied_total + :applied
                where peer_node = :peer and direction = :direction""")
                .param("at", Timestamp.from(position.modifiedAt())).param("id", position.id())
                .param("now", Timestamp.from(now)).param("changes", changes).param("applied", applied)
                .param("peer", peer).param("direction", direction.name()).update();
    }

    /** A round that failed: the position stays, the next attempt waits {@code retryAt}. */
    void failed(String peer, Direction direction, String error, Instant now, Instant retryAt) {
        jdbc.sql("""
                update federation.peer_state set last_attempt_at = :now, failures = failures + 1,
                    next_attempt_at = :retry, last_error = left(:error, 2000)
                where peer_node = :peer and direction = :direction""")
                .param("now", Timestamp.from(now)).param("retry", Timestamp.from(retryAt)).param("error", error)
                .param("peer", peer).param("direction", direction.name()).update();
    }

    /** Asks for the next round at once (an administrator's "sync now"). */
    void due(String peer, Direction direction, Instant now) {
        jdbc.sql("update federation.peer_state set next_attempt_at = :now where peer_node = :peer and direction = :direction")
                .param("now", Timestamp.from(now)).param("peer", peer).param("direction", direction.name()).update();
    }

    private static State state(ResultSet rs) throws SQLException {
        return new State(rs.getString("peer_node"), Direction.valueOf(rs.getString("direction")),
                new Position(rs.getTimestamp("position_at").toInstant(), rs.getLong("position_id")),
                instant(rs, "last_attempt_at"), instant(rs, "last_success_at"), rs.getInt("failures"),
                instant(rs, "next_attempt_at"), rs.getString("last_error"), rs.getLong("changes_total"),
                rs.getLong("applied_total"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
