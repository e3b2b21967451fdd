package org.rapport.account;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void common_and_repetitive_passwords_are_refused_with_a_reason() {
        for (String weak : new String[] {"aaaaaaaaaa", "password123", "qwertyuiop", "1234567890", "iloveyou2024",
                "Password1!"}) {
            assertThatThrownBy(() -> PasswordPolicy.check(weak)).as(weak)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("This password is too easy to guess");
        }
    }

    @Test
    void a_password_built_on_the_persons_own_name_is_refused() {
        assertThatCode(() -> PasswordPolicy.check("dorothea-quist-42")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PasswordPolicy.check("dorothea-quist-42", "dorothea.quist", "Dorothea Quist"))
                .hasMessageStartingWith("This password is too easy to guess");
    }

    @Test
    void a_phrase_of_ordinary_words_passes_without_composition_rules() {
        assertThatCode(() -> PasswordPolicy.check("correct horse battery")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("kettle under the blue stairs")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("T7#qv!29Lm")).doesNotThrowAnyException();
    }

    @Test
    void length_is_checked_first_with_the_limits_in_the_message() {
        assertThatThrownBy(() -> PasswordPolicy.check("short")).hasMessage("A password has 10 to 200 characters.");
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(201))).hasMessage("A password has 10 to 200 characters.");
        assertThatThrownBy(() -> PasswordPolicy.check(null)).hasMessage("A password has 10 to 200 characters.");
    }
}
