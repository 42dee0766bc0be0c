package org.shuzhi.jurisdiction.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The CSV line splitter on its own: quoting rules and field counts. */
class CsvLineTest {

    private final String[] fields = new String[4];

    @Test
    void splitsQuotedAndUnquotedFields() throws CsvLine.MalformedLine {
        assertThat(CsvLine.split("320509104,\"平望镇\",320509", fields)).isEqualTo(3);
        assertThat(fields).startsWith("320509104", "平望镇", "320509");
    }

    @Test
    void unquotesCommasAndDoubledQuotes() throws CsvLine.MalformedLine {
        assertThat(CsvLine.split("1,\"a, \"\"b\"\"\", c ", fields)).isEqualTo(3);
        assertThat(fields).startsWith("1", "a, \"b\"", "c");
    }

    @Test
    void countsEmptyAndSurplusFields() throws CsvLine.MalformedLine {
        assertThat(CsvLine.split("1,,", fields)).isEqualTo(3);
        assertThat(fields).startsWith("1", "", "");
        assertThat(CsvLine.split("1,2,3,4,5,6", fields)).isEqualTo(6);
        assertThat(CsvLine.split("", fields)).isEqualTo(1);
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThatThrownBy(() -> CsvLine.split("1,\"open", fields))
                .isInstanceOfSatisfying(CsvLine.MalformedLine.class,
                        e -> assertThat(e.defect).isEqualTo(CsvLine.Defect.UNTERMINATED_QUOTE));
        assertThatThrownBy(() -> CsvLine.split("1,\"closed\"x,2", fields))
                .isInstanceOfSatisfying(CsvLine.MalformedLine.class,
                        e -> assertThat(e.defect).isEqualTo(CsvLine.Defect.STRAY_QUOTE));
        assertThatThrownBy(() -> CsvLine.split("1,ab\"c,2", fields))
                .isInstanceOfSatisfying(CsvLine.MalformedLine.class,
                        e -> assertThat(e.defect).isEqualTo(CsvLine.Defect.STRAY_QUOTE));
    }
}
