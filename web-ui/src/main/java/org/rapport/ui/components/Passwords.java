package org.rapport.ui.components;

import com.vaadin.flow.data.binder.ValidationResult;
import org.rapport.account.PasswordPolicy;
import org.rapport.refusal.InvalidInputException;

/** The account's password rule as a form validator, so the field itself says what is wrong before the round trip. */
public final class Passwords {
    private Passwords() {
    }

    public static ValidationResult strength(String password, String... personalWords) {
        try {
            PasswordPolicy.check(password, personalWords);
            return ValidationResult.ok();
        } catch (InvalidInputException refused) {
            return ValidationResult.error(refused.getMessage());
        }
    }
}
