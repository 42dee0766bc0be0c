package org.shuzhi.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shuzhi.platform.ApiProblem;

/**
 * Reading and checking a year's CSV: the bundled files hold exactly the State Council arrangements, and every
 * defect of an upload is a 400 naming its line.
 */
class ArrangementCsvTest {

    static final String GOOD = """
            # a comment
            date,kind,name,name_en

            2031-01-01,HOLIDAY,元旦,New Year's Day
            2031-01-04,WORKDAY,元旦,
            """;

    @Test
    void theBundledYearsHoldTheStateCouncilArrangements() {
        Arrangement y2025 = BundledCalendars.year(2025);
        assertThat(y2025.count(SpecialDay.Kind.HOLIDAY)).isEqualTo(1 + 8 + 3 + 5 + 3 + 8);
        assertThat(dates(y2025, SpecialDay.Kind.WORKDAY)).containsExactly(LocalDate.of(2025, 1, 26),
                LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27), LocalDate.of(2025, 9, 28),
                LocalDate.of(2025, 10, 11));
        Arrangement y2026 = BundledCalendars.year(2026);
        assertThat(y2026.count(SpecialDay.Kind.HOLIDAY)).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        assertThat(dates(y2026, SpecialDay.Kind.WORKDAY)).containsExactly(LocalDate.of(2026, 1, 4),
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 5, 9),
                LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        assertThat(y2026.days()).filteredOn(d -> d.date().equals(LocalDate.of(2026, 2, 17)))
                .singleElement().satisfies(d -> assertThat(d.name()).isEqualTo("春节"))
                .satisfies(d -> assertThat(d.nameEn()).isEqualTo("Spring Festival"));
    }

    @Test
    void readsCommentsBlankLinesAByteOrderMarkAndAnOptionalEnglishName() {
        byte[] withBom = ("\uFEFF" + GOOD).getBytes(StandardCharsets.UTF_8);
        Arrangement arrangement = Arrangement.of(null, ArrangementCsv.read(withBom), Where.LINE);
        assertThat(arrangement.year()).isEqualTo(2031);
        assertThat(arrangement.days()).containsExactly(
                new SpecialDay(LocalDate.of(2031, 1, 1), SpecialDay.Kind.HOLIDAY, "元旦", "New Year's Day"),
                new SpecialDay(LocalDate.of(2031, 1, 4), SpecialDay.Kind.WORKDAY, "元旦", null));
        Arrangement threeColumns = Arrangement.of(2031,
                ArrangementCsv.read(utf8("date,kind,name\n2031-01-01,休,元旦\n")), Where.LINE);
        assertThat(threeColumns.days()).singleElement().extracting(SpecialDay::kind)
                .isEqualTo(SpecialDay.Kind.HOLIDAY);
    }

    @Test
    void writingAndReadingBackGivesTheSameDaysAndChecksum() {
        Arrangement y2026 = BundledCalendars.year(2026);
        Arrangement back = Arrangement.of(2026, ArrangementCsv.read(utf8(ArrangementCsv.write(y2026, "again"))),
                Where.LINE);
        assertThat(back).isEqualTo(y2026);
        assertThat(back.checksum()).isEqualTo(y2026.checksum()).hasSize(64);
        assertThat(BundledCalendars.year(2025).checksum()).isNotEqualTo(y2026.checksum());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no header         | 2031-01-01,HOLIDAY,元旦                        | 1 | calendar.import.bad-header",
        "quotes            | date,kind,name\\n\"2031-01-01\",HOLIDAY,元旦    | 2 | calendar.import.quote",
        "column count      | date,kind,name\\n2031-01-01,HOLIDAY            | 2 | calendar.import.column-count",
        "impossible date   | date,kind,name\\n2031-02-29,HOLIDAY,x          | 2 | calendar.import.bad-date",
        "not a date        | date,kind,name\\n# c\\n31/01/2031,HOLIDAY,x    | 3 | calendar.import.bad-date",
        "another year      | date,kind,name\\n2031-01-01,HOLIDAY,x\\n2032-01-01,HOLIDAY,x"
            + "                                                        | 3 | calendar.import.wrong-year",
        "twice             | date,kind,name\\n2031-01-01,HOLIDAY,x\\n\\n2031-01-01,HOLIDAY,y"
            + "                                                        | 4 | calendar.import.duplicate",
        "bad kind          | date,kind,name\\n2031-01-01,OFF,x              | 2 | calendar.import.bad-kind",
        "make-up on Monday | date,kind,name\\n2031-01-06,WORKDAY,x          | 2 | calendar.import.workday-not-weekend",
        "blank name        | date,kind,name\\n2031-01-01,HOLIDAY,          | 2 | calendar.import.blank-name",
        "empty file        | ''                                            | 1 | calendar.import.empty"})
    void aBadLineIsNamed(String fault, String text, int line, String key) {
        byte[] csv = utf8(text.replace("\\n", "\n"));
        assertThatThrownBy(() -> Arrangement.of(2031, ArrangementCsv.read(csv), Where.LINE))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo(key);
                    assertThat(problem.properties()).containsEntry("line", line);
                });
    }

    @Test
    void badUtf8IsNamedWithItsLine() {
        // a GBK file: 春节 is B4BA BDDA there, which is not UTF-8
        byte[] head = utf8("date,kind,name\n2031-01-01,HOLIDAY,");
        byte[] gbk = "春节\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] csv = java.util.Arrays.copyOf(head, head.length + gbk.length);
        System.arraycopy(gbk, 0, csv, head.length, gbk.length);
        assertThatThrownBy(() -> ArrangementCsv.read(csv)).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.messageKey()).isEqualTo("calendar.import.bad-encoding");
            assertThat(problem.properties()).containsEntry("line", 2);
        });
    }

    @Test
    void theYearMustBeInRangeAndAFileWithoutDatesHasNone() {
        assertThatThrownBy(() -> Arrangement.of(1999, List.of(), Where.LINE))
                .hasMessage("calendar.year.out-of-range");
        assertThatThrownBy(() -> Arrangement.of(null, List.of(), Where.LINE)).hasMessage("calendar.import.no-days");
        assertThat(LocalDate.of(2031, 1, 6).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    private static List<LocalDate> dates(Arrangement arrangement, SpecialDay.Kind kind) {
        return arrangement.days().stream().filter(d -> d.kind() == kind).map(SpecialDay::date).toList();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
