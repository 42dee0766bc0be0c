package org.shuzhi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Each masking rule, and the spec syntax deployments use to configure them. */
class MaskingRuleTests {

    private static final byte[] KEY = "test-key".getBytes(StandardCharsets.UTF_8);

    @Test
    void keepShowsFirstAndLastCharactersAsConfigured() {
        assertThat(MaskingRule.parse("keep:3:4", KEY).apply("11010519491231002X")).isEqualTo("110***********002X");
        assertThat(MaskingRule.parse("keep:6:4", KEY).apply("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(MaskingRule.parse("keep:3:4", KEY).apply("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void keepCountsChineseCharactersNotBytes() {
        assertThat(MaskingRule.parse("keep:1:0", KEY).apply("欧阳娜娜")).isEqualTo("欧***");
        assertThat(MaskingRule.parse("keep:6:0", KEY).apply("江苏省苏州市吴江区平望镇中鲈村")).isEqualTo("江苏省苏州市*********");
    }

    @Test
    void keepStarsValuesTooShortToKeepAnything() {
        assertThat(MaskingRule.parse("keep:3:4", KEY).apply("1234567")).isEqualTo("*******");
        assertThat(MaskingRule.parse("keep:1:0", KEY).apply("张")).isEqualTo("*");
    }

    @Test
    void hashIsStablePerKeyAndHidesTheValue() {
        String once = MaskingRule.parse("hash", KEY).apply("11010519491231002X");
        assertThat(once).startsWith("h:").hasSize(18).doesNotContain("1101");
        assertThat(MaskingRule.parse("hash", KEY).apply("11010519491231002X")).isEqualTo(once);
        assertThat(MaskingRule.parse("hash", "other".getBytes(StandardCharsets.UTF_8)).apply("11010519491231002X"))
                .isNotEqualTo(once);
    }

    @Test
    void nullYearNoneAndCustomRules() {
        assertThat(MaskingRule.parse("null", KEY).apply("anything")).isNull();
        assertThat(MaskingRule.parse("year", KEY).apply("1985-03-12")).isEqualTo("1985");
        assertThat(MaskingRule.parse("year", KEY).apply("March")).isEqualTo("*****");
        assertThat(MaskingRule.parse("none", KEY).apply("公开")).isEqualTo("公开");
        assertThat(MaskingRule.parse("regex:(?<=^.)[^@]*(?=@)=>***", KEY).apply("zhangsan@example.cn"))
                .isEqualTo("z***@example.cn");
    }

    @Test
    void nullStaysNull() {
        assertThat(MaskingRule.parse("keep:3:4", KEY).apply(null)).isNull();
        assertThat(MaskingRule.parse("hash", KEY).apply(null)).isNull();
    }

    @Test
    void malformedSpecsAreRefusedWithTheSpecNamed() {
        assertThatThrownBy(() -> MaskingRule.parse("keep:x:4", KEY)).hasMessageContaining("keep:x:4");
        assertThatThrownBy(() -> MaskingRule.parse("keep:3", KEY)).hasMessageContaining("keep:3");
        assertThatThrownBy(() -> MaskingRule.parse("blur", KEY)).hasMessageContaining("blur");
        assertThatThrownBy(() -> MaskingRule.parse("regex:([=>x", KEY)).hasMessageContaining("regex:([");
    }

    @Test
    void stricterGradeWins() {
        assertThat(DataGrade.GENERAL.stricter(DataGrade.CORE)).isEqualTo(DataGrade.CORE);
        assertThat(DataGrade.IMPORTANT.stricter(DataGrade.GENERAL)).isEqualTo(DataGrade.IMPORTANT);
    }
}
