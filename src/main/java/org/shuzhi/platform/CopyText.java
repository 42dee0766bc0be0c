package org.shuzhi.platform;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * Rows sent to PostgreSQL with {@code COPY … FROM STDIN} in text format, buffered and written in 64 KiB chunks —
 * the fast path of every bulk load. {@link #finish()} ends the COPY; {@link #close()} cancels one not finished, so
 * the transaction can roll back. Not thread-safe.
 */
public final class CopyText implements AutoCloseable {

    private static final int FLUSH_CHARS = 1 << 16;

    private final CopyIn copy;
    private final String sql;
    private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 1024);
    private boolean rowStarted;

    private CopyText(CopyIn copy, String sql) {
        this.copy = copy;
        this.sql = sql;
    }

    /** Starts {@code copySql} (a {@code copy … from stdin} statement) on the transaction's connection. */
    public static CopyText open(Connection connection, String copySql) {
        try {
            return new CopyText(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql), copySql);
        } catch (SQLException e) {
            throw new UncategorizedSQLException("start copy", copySql, e);
        }
    }

    /** Adds the next value of the current row: {@code null} as SQL null, anything else as its text, escaped. */
    public CopyText value(Object value) {
        if (rowStarted) {
            buffer.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            buffer.append("\\N");
        } else {
            escape(value.toString());
        }
        return this;
    }

    /** Ends the current row. */
    public void endRow() {
        buffer.append('\n');
        rowStarted = false;
        if (buffer.length() >= FLUSH_CHARS) {
            flush();
        }
    }

    /** Sends what is buffered and ends the COPY; returns the rows copied. */
    public long finish() {
        flush();
        try {
            return copy.endCopy();
        } catch (SQLException e) {
            throw new UncategorizedSQLException("end copy", sql, e);
        }
    }

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
            throw new UncategorizedSQLException("copy rows", sql, e);
        }
    }

    /** COPY text format: backslash, tab, newline and carriage return are escaped; NUL cannot be stored. */
    private void escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                case '\0' -> { }
                default -> buffer.append(c);
            }
        }
    }
}
