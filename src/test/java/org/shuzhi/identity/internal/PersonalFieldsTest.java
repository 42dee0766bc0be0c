package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.shuzhi.identity.Caller;
import org.shuzhi.platform.ApiProblem;
import org.shuzhi.privacy.MobileNumber;
import org.shuzhi.privacy.ResidentIdNumber;
import org.springframework.http.HttpStatus;

/** Input of the personal fields, and the synthetic values of the demo accounts. */
class PersonalFieldsTest {

    @Test
    void mobileNumbersAreStoredAsElevenDigits() {
        assertThat(PersonalFields.mobile("+86 139-0512-7788")).isEqualTo("13905127788");
        assertThat(PersonalFields.mobile("8613905127788")).isEqualTo("13905127788");
        assertThat(PersonalFields.mobile(" ")).isNull();
        assertRefused(() -> PersonalFields.mobile("0512-65551234"), "identity.user.invalid-mobile");
        assertRefused(() -> PersonalFields.mobile("1290512778"), "identity.user.invalid-mobile");
    }

    @Test
    void residentIdNumbersNeedARealBirthDateAndTheirCheckCharacter() {
        assertThat(PersonalFields.idNumber("32050919900307126x")).isEqualTo("32050919900307126X");
        assertRefused(() -> PersonalFields.idNumber("320509199003071265"), "identity.user.invalid-id-number");
        assertRefused(() -> PersonalFields.idNumber("320509199002301263"), "identity.user.invalid-id-number");
        assertRefused(() -> PersonalFields.idNumber("32050919900307126"), "identity.user.invalid-id-number");
    }

    @Test
    void aChangeKeepsClearsOrReplaces() {
        assertThat(PersonalFields.change(null, "13905120001", PersonalFields::mobile)).isEqualTo("13905120001");
        assertThat(PersonalFields.change("", "13905120001", PersonalFields::mobile)).isNull();
        assertThat(PersonalFields.change("139 0512 0002", "13905120001", PersonalFields::mobile))
                .isEqualTo("13905120002");
    }

    @Test
    void everyDemoPersonHasValidSyntheticFieldsOfTheirRegion() {
        List<DemoAccountsLoader.DemoAccount> people = DemoAccountsLoader.ACCOUNTS.stream()
                .filter(a -> a.kind() == Caller.Kind.USER).toList();
        for (DemoAccountsLoader.DemoAccount person : people) {
            int index = DemoAccountsLoader.ACCOUNTS.indexOf(person);
            String id = DemoPersonalData.idNumber(person.region(), index);
            assertThat(ResidentIdNumber.isValid(id)).as(person.username() + " " + id).isTrue();
            String region = (person.region() + "0000").substring(0, 6);
            assertThat(id).as("the address code is the account's region").startsWith(region);
            assertThat(MobileNumber.isValid(DemoPersonalData.mobile(index))).isTrue();
        }
        assertThat(people.stream().map(p -> DemoPersonalData.idNumber(p.region(), DemoAccountsLoader.ACCOUNTS
                .indexOf(p)))).doesNotHaveDuplicates();
    }

    private static void assertRefused(Runnable input, String key) {
        assertThatThrownBy(input::run).isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.messageKey()).isEqualTo(key);
            assertThat(problem.args()).isEmpty();
        });
    }
}
