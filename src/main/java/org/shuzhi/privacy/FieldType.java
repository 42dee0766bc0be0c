package org.shuzhi.privacy;

import java.util.function.Predicate;

/**
 * What a field holds, with its default grade, personal-information class and masking rule. Grades and rules can
 * be overridden per deployment ({@code shuzhi.privacy.rules.<TYPE>=keep:6:4}); the validator, when there is one,
 * checks input of this type.
 */
public enum FieldType {
    /** 公民身份号码 (GB 11643). */
    RESIDENT_ID(DataGrade.IMPORTANT, PersonalInfo.SENSITIVE, "keep:3:4", ResidentIdNumber::isValid),
    /** 手机号码. */
    MOBILE(DataGrade.GENERAL, PersonalInfo.GENERAL, "keep:3:4", MobileNumber::isValid),
    /** 银行卡号. */
    BANK_CARD(DataGrade.IMPORTANT, PersonalInfo.SENSITIVE, "keep:4:4", BankCardNumber::isValid),
    /** 姓名. */
    PERSON_NAME(DataGrade.GENERAL, PersonalInfo.GENERAL, "keep:1:0", null),
    /** 住址 / 详细地址. */
    ADDRESS(DataGrade.GENERAL, PersonalInfo.GENERAL, "keep:6:0", null),
    /** 出生日期. */
    BIRTH_DATE(DataGrade.GENERAL, PersonalInfo.SENSITIVE, "year", null),
    /** 电子邮箱. */
    EMAIL(DataGrade.GENERAL, PersonalInfo.GENERAL, "regex:(?<=^.)[^@]*(?=@)=>***", null),
    /** 统一社会信用代码 (GB 32100): public for legal entities. */
    SOCIAL_CREDIT_CODE(DataGrade.GENERAL, PersonalInfo.NONE, "none", SocialCreditCode::isValid),
    /**
     * Text people type (descriptions, remarks): the identifiers recognised in it are masked; graded sensitive
     * because it may hold any of them (就高从严).
     */
    FREE_TEXT(DataGrade.GENERAL, PersonalInfo.SENSITIVE, "identifiers", null),
    /** Anything else: shown as it is unless a deployment grades it. */
    PLAIN(DataGrade.GENERAL, PersonalInfo.NONE, "none", null);

    private final DataGrade defaultGrade;
    private final PersonalInfo personalInfo;
    private final String defaultRule;
    private final Predicate<String> validator;

    FieldType(DataGrade defaultGrade, PersonalInfo personalInfo, String defaultRule, Predicate<String> validator) {
        this.defaultGrade = defaultGrade;
        this.personalInfo = personalInfo;
        this.defaultRule = defaultRule;
        this.validator = validator;
    }

    public DataGrade defaultGrade() {
        return defaultGrade;
    }

    public PersonalInfo personalInfo() {
        return personalInfo;
    }

    /** The masking rule spec used unless a deployment configures another. */
    public String defaultRule() {
        return defaultRule;
    }

    /** True when {@code value} is acceptable input for this type (types without a validator accept anything). */
    public boolean accepts(String value) {
        return validator == null || validator.test(value);
    }
}
