package org.rapport.security;

import com.vaadin.flow.spring.security.AuthenticationContext;
import org.rapport.account.Role;
import org.springframework.stereotype.Component;

/** Who is signed in, for views: their account id and role. */
@Component
public class CurrentUser {
    private final AuthenticationContext context;

    CurrentUser(AuthenticationContext context) {
        this.context = context;
    }

    public SignedInUser get() {
        return context.getAuthenticatedUser(SignedInUser.class)
                .orElseThrow(() -> new IllegalStateException("a protected view was opened without a signed-in user"));
    }

    public long id() {
        return get().id();
    }

    public boolean is(Role role) {
        return context.getAuthenticatedUser(SignedInUser.class).map(u -> u.role() == role).orElse(false);
    }

    public void signOut() {
        context.logout();
    }
}
