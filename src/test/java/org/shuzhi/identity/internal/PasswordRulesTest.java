package org.shuzhi.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;
import org.shuzhi.platform.ApiProblem;
import org.springframework.http.HttpStatus;

class PasswordRulesTest {

    @Test
    void acceptsALongMixedPasswordWithoutTheUsername() {
        assertThat(PasswordRules.broken("zhang.san", "Correct-Horse-9")).isEmpty();
        assertThat(PasswordRules.broken("zhang.san", "正确的马电池订书钉-Horse")).isEmpty();
    }

    @Test
    void namesEveryBrokenRule() {
        assertThat(PasswordRules.broken("xy", "Ab1!")).containsExactly(PasswordRules.LENGTH);
        assertThat(PasswordRules.broken("zhang.san", "onlylowercaseletters")).containsExactly(PasswordRules.CLASSES);
        assertThat(PasswordRules.broken("zhang.san", "Xx-ZHANG.SAN-9")).containsExactly(PasswordRules.USERNAME);
        assertThat(PasswordRules.broken("zhang.san", "Password@123")).containsExactly(PasswordRules.COMMON);
        assertThat(PasswordRules.broken("zhang.san", "Aa1" + "密".repeat(24))).as("72 bytes is BCrypt's limit")
                .containsExactly(PasswordRules.TOO_LONG);
        assertThat(PasswordRules.broken("zhang.san", "Aa1" + "密".repeat(23))).as("exactly 72 bytes").isEmpty();
        assertThat(PasswordRules.broken("abc", "abc")).containsExactly(PasswordRules.LENGTH, PasswordRules.CLASSES,
                PasswordRules.USERNAME);
    }

    @Test
    void threeOfFourClassesAreEnough() {
        assertThat(PasswordRules.broken("u.ser", "lowerUPPER12")).isEmpty();
        assertThat(PasswordRules.broken("u.ser", "lower-upper-12")).isEmpty();
        assertThat(PasswordRules.broken("u.ser", "lowerupper12")).containsExactly(PasswordRules.CLASSES);
    }

    @Test
    void aWeakPasswordIsOne400ProblemListingTheBrokenRules() {
        assertThatThrownBy(() -> PasswordRules.require("zhang.san", "zhang.san"))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(problem.messageKey()).isEqualTo("identity.password.weak");
                    assertThat(problem.properties()).containsEntry("brokenRules",
                            java.util.List.of(PasswordRules.LENGTH, PasswordRules.CLASSES, PasswordRules.USERNAME));
                    assertThat(problem.args()).hasSize(5);
                });
        assertThatNoException().isThrownBy(() -> PasswordRules.require("zhang.san", "Correct-Horse-9"));
    }
}
