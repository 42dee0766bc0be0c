package org.shuzhi.sharing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Column values as the sharing records hold them. */
final class SqlValues {

    private SqlValues() {
    }

    /** A {@code text[]} as a list, empty for SQL null. */
    static List<String> texts(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** A {@code timestamptz} as an instant, {@code null} for SQL null. */
    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
