package org.shuzhi.jurisdiction.internal;

/**
 * Splits one physical line of RFC 4180 CSV into fields. A quoted field may contain commas and doubled quotes
 * ({@code ""}); it may not run past the end of its line, because division names never contain line breaks — so a
 * quote left open is reported on the line where it was opened instead of swallowing the rest of the file.
 */
final class CsvLine {

    /** Why a line could not be split. */
    enum Defect {
        /** A quoted field is not closed before the end of the line. */
        UNTERMINATED_QUOTE,
        /** A quote inside an unquoted field, or text right after a closing quote. */
        STRAY_QUOTE
    }

    /** Thrown by {@link #split}; carries the defect so the caller can name file and line. */
    static final class MalformedLine extends Exception {
        final Defect defect;

        MalformedLine(Defect defect) {
            super(defect.name(), null, false, false);
            this.defect = defect;
        }
    }

    private CsvLine() {
    }

    /**
     * Splits {@code line} into {@code fields}, unquoting quoted fields; unquoted fields are trimmed.
     *
     * @return the number of fields in the line, which may exceed {@code fields.length} (the surplus is not stored)
     * @throws MalformedLine when the quoting is broken
     */
    static int split(String line, String[] fields) throws MalformedLine {
        int count = 0;
        int i = 0;
        int length = line.length();
        while (true) {
            String value;
            if (i < length && line.charAt(i) == '"') {
                StringBuilder quoted = new StringBuilder();
                i++;
                while (true) {
                    if (i >= length) {
                        throw new MalformedLine(Defect.UNTERMINATED_QUOTE);
                    }
                    char c = line.charAt(i++);
                    if (c != '"') {
                        quoted.append(c);
                    } else if (i < length && line.charAt(i) == '"') {
                        quoted.append('"');
                        i++;
                    } else {
                        break;
                    }
                }
                if (i < length && line.charAt(i) != ',') {
                    throw new MalformedLine(Defect.STRAY_QUOTE);
                }
                value = quoted.toString();
            } else {
                int comma = line.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                value = line.substring(i, end).strip();
                if (value.indexOf('"') >= 0) {
                    throw new MalformedLine(Defect.STRAY_QUOTE);
                }
                i = end;
            }
            if (count < fields.length) {
                fields[count] = value;
            }
            count++;
            if (i >= length) {
                return count;
            }
            i++; // past the comma
            if (i == length) {
                // a trailing comma opens one more, empty field
                if (count < fields.length) {
                    fields[count] = "";
                }
                return count + 1;
            }
        }
    }
}
