package org.shuzhi.jurisdiction.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.shuzhi.jurisdiction.DivisionLevel;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The temporary table an import copies its rows into (PostgreSQL {@code COPY … FROM STDIN}, text format) before
 * they are checked and merged. It lives in the importing transaction's session and is dropped at commit or
 * rollback, so concurrent imports never see each other's rows.
 */
final class StagingTable {

    static final String NAME = "division_staging";

    private static final String COPY_SQL = "copy " + NAME + " (code, name, level, parent_code, line) from stdin";
    private static final int FLUSH_CHARS = 1 << 16;

    private final Connection connection;

    /** @param connection the connection of the importing transaction */
    StagingTable(Connection connection) {
        this.connection = connection;
    }

    void create() {
        try (Statement statement = connection.createStatement()) {
            // collation "C" like jurisdiction.division, so joins on codes compare bytes
            statement.execute("create temp table " + NAME + " (code varchar(12) collate \"C\" not null,"
                    + " name text not null, level smallint not null, parent_code varchar(12) collate \"C\","
                    + " line integer not null) on commit drop");
        } catch (SQLException e) {
            throw new UncategorizedSQLException("create staging table", null, e);
        }
    }

    /** Starts a COPY for rows of one level; {@link Writer#finish()} ends it, {@link Writer#close()} aborts it. */
    Writer writer(DivisionLevel level) {
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
            return new Writer(copy, Integer.toString(level.ordinal() + 1));
        } catch (SQLException e) {
            throw new UncategorizedSQLException("copy into staging", COPY_SQL, e);
        }
    }

    /** Buffers rows in COPY text format and sends them in 64 KiB chunks. Not thread-safe. */
    static final class Writer implements DivisionFileReader.RowSink, AutoCloseable {

        private final CopyIn copy;
        private final String level;
        private final StringBuilder buffer = new StringBuilder(FLUSH_CHARS + 256);

        private Writer(CopyIn copy, String level) {
            this.copy = copy;
            this.level = level;
        }

        @Override
        public void accept(String code, String name, String parentCode, int line) {
            buffer.append(code).append('\t');
            appendEscaped(name);
            buffer.append('\t').append(level).append('\t').append(parentCode == null ? "\\N" : parentCode)
                    .append('\t').append(line).append('\n');
            if (buffer.length() >= FLUSH_CHARS) {
                flush();
            }
        }

        /** Sends what is buffered and ends the COPY. */
        void finish() {
            flush();
            try {
                copy.endCopy();
            } catch (SQLException e) {
                throw new UncategorizedSQLException("end copy", COPY_SQL, e);
            }
        }

        /** Cancels the COPY if it was not finished, so the connection can roll back. */
        @Override
        public void close() {
            if (copy.isActive()) {
                try {
                    copy.cancelCopy();
                } catch (SQLException e) {
                    throw new UncategorizedSQLException("cancel copy", COPY_SQL, e);
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
                throw new UncategorizedSQLException("copy into staging", COPY_SQL, e);
            }
        }

        /** COPY text format: backslash, tab, newline and carriage return must be escaped. */
        private void appendEscaped(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                switch (c) {
                    case '\\' -> buffer.append("\\\\");
                    case '\t' -> buffer.append("\\t");
                    case '\n' -> buffer.append("\\n");
                    case '\r' -> buffer.append("\\r");
                    default -> buffer.append(c);
                }
            }
        }
    }
}
