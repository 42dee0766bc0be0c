package org.shuzhi.open311.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the personal fields of an Open311 client are turned into the event centre's reporter. */
class ReportSubmissionTest {

    @Test
    void chineseNamesFamilyNameFirstOthersGivenNameFirst() {
        assertThat(ReportSubmission.name("五", "王")).isEqualTo("王五");
        assertThat(ReportSubmission.name("Jane", "Doe")).isEqualTo("Jane Doe");
        assertThat(ReportSubmission.name(null, "王")).isEqualTo("王");
        assertThat(ReportSubmission.name("Jane", null)).isEqualTo("Jane");
        assertThat(ReportSubmission.name(null, null)).isNull();
    }

    @Test
    void phonesLoseBlanksBracketsAndTheCountryCode() {
        assertThat(ReportSubmission.phone("+86 139 1234 5678")).isEqualTo("13912345678");
        assertThat(ReportSubmission.phone("0086-13912345678")).isEqualTo("13912345678");
        assertThat(ReportSubmission.phone("0512-63123456")).isEqualTo("0512-63123456");
        assertThat(ReportSubmission.phone(null)).isNull();
    }
}
