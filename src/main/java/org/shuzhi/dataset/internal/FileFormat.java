package org.shuzhi.dataset.internal;

import java.util.Locale;

/** The file formats a dataset is loaded from. */
enum FileFormat {
    CSV, XLSX, JSON;

    static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The format by content type, else by the file name's extension, else by the first bytes: a zip (PK) is a
     * workbook, an opening bracket JSON, anything else CSV.
     */
    static FileFormat of(String contentType, String fileName, byte[] head) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) {
            return CSV;
        }
        if (type.startsWith("application/json")) {
            return JSON;
        }
        if (type.startsWith(XLSX_TYPE)) {
            return XLSX;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return CSV;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        if (name.endsWith(".xlsx")) {
            return XLSX;
        }
        if (head.length >= 2 && head[0] == 'P' && head[1] == 'K') {
            return XLSX;
        }
        for (byte b : head) {
            if (!Character.isWhitespace(b)) {
                return b == '[' ? JSON : CSV;
            }
        }
        return CSV;
    }
}
