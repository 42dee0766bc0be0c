package org.shuzhi.dataset.internal;

/**
 * Where the file readers put what they read: header names are resolved to information items as they come, then
 * every data row arrives with its values placed by item.
 */
interface RowSink {

    /** The index of the item this header (a column name or the item's Chinese name) names, or -1. */
    int column(String header);

    /** The header row is complete (CSV and XLSX; JSON has none): columns for required items must be there. */
    void headerRead();

    /**
     * One data row.
     *
     * @param line   the row's number as people find it in the file: the line (CSV, the header being line 1), the
     *               sheet row (XLSX) or the object's position in the array (JSON, from 1)
     * @param values the raw values by item index, {@code null} where the row has none
     */
    void row(long line, String[] values);
}
