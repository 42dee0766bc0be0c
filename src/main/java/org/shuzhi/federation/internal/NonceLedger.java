package org.shuzhi.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Nonces of accepted node messages: a replayed message finds its nonce here and is refused. */
@Repository
class NonceLedger {

    private final JdbcClient jdbc;

    NonceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the nonce; false when it was recorded before (a replay). Commits on its own. */
    boolean firstTime(String node, String nonce, Instant now) {
        return jdbc.sql("""
                insert into federation.seen_nonce (peer_node, nonce, seen_at) values (:node, :nonce, :now)
                on conflict do nothing""").param("node", node).param("nonce", nonce)
                .param("now", Timestamp.from(now)).update() == 1;
    }

    /** Forgets nonces seen before {@code before}: messages that old are refused by their time anyway. */
    int forget(Instant before) {
        return jdbc.sql("delete from federation.seen_nonce where seen_at < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
