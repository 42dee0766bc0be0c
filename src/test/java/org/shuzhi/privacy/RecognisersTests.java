package org.shuzhi.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The identifier validators, checked against the standards' check-character arithmetic. */
class RecognisersTests {

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "320509198503120019", "440524188001010014"})
    void acceptsResidentIdsWithCorrectCheckCharacterIncludingX(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021", // check character should be X
            "320509198503120011", // check character should be 9
            "320509198502300019", // 30 February
            "320509290001010015", // born in the future
            "32050919850312001",  // 17 characters
            "020509198503120019", // leading zero
            "32050919850312001A"})
    void rejectsResidentIdsWithWrongCheckDateOrShape(String id) {
        assertThat(ResidentIdNumber.isValid(id)).isFalse();
    }

    @Test
    void computesTheMod11CheckCharacter() {
        assertThat(ResidentIdNumber.checkCharacter("11010519491231002")).isEqualTo('X');
        assertThat(ResidentIdNumber.checkCharacter("32050919850312001")).isEqualTo('9');
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "913205097205111115"})
    void acceptsCreditCodesWithCorrectMod31CheckCharacter(String code) {
        assertThat(SocialCreditCode.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y42", // wrong check character
            "91350100M000100Y4",  // 17 characters
            "91350100M000100I43", // I is not in the alphabet
            "913501O0M000100Y43", // letter in the region code
            "91350100m000100y43"}) // lower case is not how codes are issued
    void rejectsCreditCodesWithWrongCheckOrAlphabet(String code) {
        assertThat(SocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void creditCodeCheckCharacterRejectsCharactersOutsideTheAlphabet() {
        assertThatThrownBy(() -> SocialCreditCode.checkCharacter("9135010OM000100Y4"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+8613812345678", "8619912345678", "138-1234-5678", "138 1234 5678"})
    void acceptsMainlandMobileNumbers(String number) {
        assertThat(MobileNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "05126331234"})
    void rejectsWhatIsNotAMobileNumber(String number) {
        assertThat(MobileNumber.isValid(number)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6222021234567890128", "4111111111111111", "6222 0212 3456 7890 128"})
    void acceptsBankCardsWithValidLuhnDigit(String card) {
        assertThat(BankCardNumber.isValid(card)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"6222021234567890127", "4111111111111112", "411111111111", "41111111111111111111"})
    void rejectsBankCardsWithBadLuhnDigitOrLength(String card) {
        assertThat(BankCardNumber.isValid(card)).isFalse();
    }

    @Test
    void fieldTypesValidateTheirInput() {
        assertThat(FieldType.RESIDENT_ID.accepts("11010519491231002X")).isTrue();
        assertThat(FieldType.RESIDENT_ID.accepts("110105194912310021")).isFalse();
        assertThat(FieldType.SOCIAL_CREDIT_CODE.accepts("91350100M000100Y43")).isTrue();
        assertThat(FieldType.PERSON_NAME.accepts("张三")).isTrue();
    }
}
