package org.rapport.account;

import org.rapport.refusal.InvalidInputException;

import java.util.Locale;
import java.util.regex.Pattern;

/** A sign-in name: 3 to 40 lowercase letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
public record Username(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._-]{2,39}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw new InvalidInputException("A username has 3 to 40 characters: lowercase letters, digits, "
                    + "'.', '-' or '_', starting with a letter or digit.");
        }
    }

    /** Accepts what people type: surrounding spaces and capitals are forgiven. */
    public static Username parse(String typed) {
        return new Username(typed == null ? null : typed.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
