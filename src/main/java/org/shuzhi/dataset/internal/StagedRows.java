package org.shuzhi.dataset.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.shuzhi.catalog.InformationItem;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The temporary table a load copies its checked rows into (PostgreSQL {@code COPY … FROM STDIN} through pgjdbc's
 * CopyManager) before they are checked together and moved into the dataset: all text, one column per item, then
 * the source line and the row's region. It lives in the loading transaction's session and is dropped at commit or
 * rollback, so nothing of a failed load is ever seen.
 */
final class StagedRows implements AutoCloseable {

    static final String NAME = "dataset_stage";
    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyIn copy;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);

    private StagedRows(CopyIn copy, String sql) {
        this.copy = copy;
        this.sql = sql;
    }

    /** Creates the table on the loading transaction's connection and starts the COPY into it. */
    static StagedRows open(Connection connection, List<InformationItem> items) {
        StringJoiner columns = new StringJoiner(", ");
        StringJoiner names = new StringJoiner(", ");
        for (InformationItem item : items) {
            columns.add(DatasetTables.quote(item.column()) + " text");
            names.add(DatasetTables.quote(item.column()));
        }
        String copySql = "copy " + NAME + " (" + names + ", _region, _line) from stdin";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table " + NAME + " (" + columns
                    + (items.isEmpty() ? "" : ", ") + "_region text collate \"C\" not null, _line bigint not null)"
                    + " on commit drop");
            return new StagedRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), copySql);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("stage dataset rows", copySql, e);
        }
    }

    /** One checked row: the values by item (null for none), then the region; in COPY text format. */
    void add(long line, String[] values) {
        for (String value : values) {
            if (value == null) {
                buffer.append("\\N");
            } else {
                escape(value);
            }
            buffer.append('\t');
        }
        buffer.append(line).append('\n');
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Sends what is buffered and ends the COPY; returns the rows copied. */
    long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("end copy", sql, e);
        }
    }

    /** Cancels the COPY if it was not finished, so that the transaction can roll back. */
    @Override
    public void close() {
        if (copy.isActive()) {
            try {
                copy.cancelCopy();
            } catch (SQLException e) {
                throw new UncategorizedSQLException("cancel copy", sql, e);
            }
        }
    }

    private void flush() {
        if (buffer.isEmpty()) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copy into staging", sql, e);
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\0' -> { } // PostgreSQL text cannot hold NUL
                default -> buffer.append(c);
            }
        }
    }
}
