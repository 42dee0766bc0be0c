package org.shuzhi.dataset.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.StringJoiner;

import org.shuzhi.platform.CopyText;
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

    private final CopyText copy;

    private StagedRows(CopyText copy) {
        this.copy = copy;
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
        } catch (SQLException e) {
            throw new UncategorizedSQLException("stage dataset rows", copySql, e);
        }
        return new StagedRows(CopyText.open(connection, copySql));
    }

    /** One checked row: the values by item (null for none), then the region; in COPY text format. */
    void add(long line, String[] values) {
        for (String value : values) {
            copy.value(value);
        }
        copy.value(line).endRow();
    }

    /** Sends what is buffered and ends the COPY; returns the rows copied. */
    long finish() {
        return copy.finish();
    }

    /** Cancels the COPY if it was not finished, so that the transaction can roll back. */
    @Override
    public void close() {
        copy.close();
    }
}
