package org.shuzhi.audit.internal;

import org.shuzhi.platform.Unscoped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where the chain currently ends: the last record, or the retention base, or the genesis. */
@Component
@Unscoped("the chain head and base belong to the whole log, not to any jurisdiction")
class ChainHead {

    record Link(long seq, byte[] hash) {
    }

    private final JdbcClient jdbc;

    ChainHead(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Link current() {
        return jdbc.sql("select seq, hash from audit.record order by seq desc limit 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getBytes(2))).optional()
                .orElseGet(this::base);
    }

    /** The link the first remaining record follows: the last purged record, or the genesis. */
    Link base() {
        return jdbc.sql("select seq, hash from audit.chain_base where id = 1")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getBytes(2))).optional()
                .orElse(new Link(0, ChainHash.GENESIS));
    }
}
