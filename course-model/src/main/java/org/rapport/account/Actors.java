package org.rapport.account;

import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Resolves the user behind a request and checks their role; every service starts a use case here. */
@Component
public class Actors {
    private final UserAccountRepository users;

    Actors(UserAccountRepository users) {
        this.users = users;
    }

    /**
     * @throws NotPermittedException when the user does not exist, is deactivated or has none of the roles
     */
    @Transactional(readOnly = true)
    public UserAccount require(long userId, Role... roles) {
        UserAccount user = users.findById(userId)
                .orElseThrow(() -> new NotPermittedException("Your account was not found. Please sign in again."));
        if (!user.isActive()) {
            throw new NotPermittedException("Your account is deactivated.");
        }
        if (!user.can(roles)) {
            throw new NotPermittedException("Your role (" + user.getRole().name().toLowerCase(java.util.Locale.ROOT) + ") may not do this.");
        }
        return user;
    }
}
