package org.rapport.ui.components;

import java.util.Locale;

import org.rapport.account.Role;

/** The roles as the UI names them: capitalised in lists and pickers, lower case inside a sentence. */
public final class Roles {
    private Roles() {
    }

    public static String title(Role role) {
        return role == null ? "" : switch (role) {
            case LEARNER -> "Learner";
            case SUPERVISOR -> "Supervisor";
            case ADMIN -> "Admin";
        };
    }

    public static String inSentence(Role role) {
        return title(role).toLowerCase(Locale.ROOT);
    }
}
