package org.shuzhi.jurisdiction.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.shuzhi.jurisdiction.DivisionLevel;
import org.shuzhi.platform.CopyText;
import org.springframework.jdbc.UncategorizedSQLException;

/**
 * The temporary table an import copies its rows into (PostgreSQL {@code COPY … FROM STDIN}, text format) before
 * they are checked and merged. It lives in the importing transaction's session and is dropped at commit or
 * rollback, so concurrent imports never see each other's rows.
 */
final class StagingTable {

    static final String NAME = "division_staging";

    private static final String COPY_SQL = "copy " + NAME + " (code, name, level, parent_code, line) from stdin";

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
        return new Writer(CopyText.open(connection, COPY_SQL), level.ordinal() + 1);
    }

    /** Rows of one level in COPY text format. Not thread-safe. */
    static final class Writer implements DivisionFileReader.RowSink, AutoCloseable {

        private final CopyText copy;
        private final int level;

        private Writer(CopyText copy, int level) {
            this.copy = copy;
            this.level = level;
        }

        @Override
        public void accept(String code, String name, String parentCode, int line) {
            copy.value(code).value(name).value(level).value(parentCode).value(line).endRow();
        }

        /** Sends what is buffered and ends the COPY. */
        void finish() {
            copy.finish();
        }

        /** Cancels the COPY if it was not finished, so the connection can roll back. */
        @Override
        public void close() {
            copy.close();
        }
    }
}
