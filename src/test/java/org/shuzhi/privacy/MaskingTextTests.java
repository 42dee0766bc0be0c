package org.shuzhi.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shuzhi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The platform's configured masking on free text: only values that pass their validator are masked. */
@IntegrationTest
class MaskingTextTests {

    @Autowired
    Masking masking;

    @Test
    void masksValidIdentifiersInsideFreeText() {
        String text = "居民张三，身份证11010519491231002X，电话13812345678，卡号6222021234567890128，请回访。";
        assertThat(masking.maskText(text))
                .isEqualTo("居民张三，身份证110***********002X，电话138****5678，卡号6222***********0128，请回访。");
    }

    @Test
    void freeTextFieldsMaskTheIdentifiersInThem() {
        String text = "占道经营，举报人电话13812345678。";
        assertThat(masking.mask(FieldType.FREE_TEXT, text)).isEqualTo("占道经营，举报人电话138****5678。");
        assertThat(FieldType.FREE_TEXT.personalInfo()).isEqualTo(PersonalInfo.SENSITIVE);
    }

    @Test
    void leavesNumbersThatAreNotValidIdentifiersAlone() {
        String text = "工单号 110105194912310021，编码 320509104001001，金额 12812345678 元";
        assertThat(masking.maskText(text)).isEqualTo(text);
    }

    @Test
    void defaultRulesApplyPerFieldType() {
        assertThat(masking.mask(FieldType.PERSON_NAME, "李四")).isEqualTo("李*");
        assertThat(masking.mask(FieldType.SOCIAL_CREDIT_CODE, "91350100M000100Y43")).isEqualTo("91350100M000100Y43");
        assertThat(masking.mask(FieldType.BIRTH_DATE, "1949-12-31")).isEqualTo("1949");
    }
}
