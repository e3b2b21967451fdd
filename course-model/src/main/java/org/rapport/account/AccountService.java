package org.rapport.account;

import org.rapport.refusal.InvalidInputException;

import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Users and their roles: creating, deactivating and changing roles is the admins' work. */
@Service
@Transactional
public class AccountService {
    private final UserAccountRepository users;
    private final Actors actors;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(UserAccountRepository users, Actors actors, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.actors = actors;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** An admin creates an account with any role. */
    public UserSummary createUser(long adminId, NewUser user) {
        actors.require(adminId, Role.ADMIN);
        return register(user);
    }

    /**
     * Creates an account without an acting admin: for self sign-up (which the cohort service wraps with an invite
     * code, as a learner) and for setting up the first accounts of an installation.
     */
    public UserSummary register(NewUser user) {
        PasswordPolicy.check(user.password(), user.username(), user.displayName());
        return register(user, passwords.encode(user.password()));
    }

    /**
     * Sets up an installation's first accounts in one go. Accounts given the same starting password share one
     * salted hash: each bcrypt round costs about a tenth of a second, and a shared starting password is already
     * known to everyone who holds it. Nothing is created unless every account is valid.
     */
    public List<UserSummary> registerAll(List<NewUser> newUsers) {
        Map<String, String> hashes = new HashMap<>();
        return newUsers.stream().map(user -> {
            PasswordPolicy.check(user.password());
            return register(user, hashes.computeIfAbsent(user.password(), passwords::encode));
        }).toList();
    }

    private UserSummary register(NewUser user, String passwordHash) {
        Username username = Username.parse(user.username());
        if (users.existsByUsername(username.value())) {
            throw new InvalidInputException("The username '" + username + "' is taken; choose another.");
        }
        if (user.role() == null) {
            throw new InvalidInputException("Choose a role.");
        }
        return UserSummary.of(users.save(UserAccount.register(username, new DisplayName(user.displayName()),
                passwordHash, user.role(), clock.instant())));
    }

    public UserSummary deactivate(long adminId, long userId) {
        UserAccount admin = actors.require(adminId, Role.ADMIN);
        if (admin.getId() == userId) {
            throw new InvalidInputException("You cannot deactivate your own account.");
        }
        UserAccount user = find(userId);
        user.deactivate();
        return UserSummary.of(user);
    }

    public UserSummary reactivate(long adminId, long userId) {
        actors.require(adminId, Role.ADMIN);
        UserAccount user = find(userId);
        user.reactivate();
        return UserSummary.of(user);
    }

    public UserSummary changeRole(long adminId, long userId, Role role) {
        UserAccount admin = actors.require(adminId, Role.ADMIN);
        if (admin.getId() == userId && role != Role.ADMIN) {
            throw new InvalidInputException("You cannot take the admin role from yourself.");
        }
        UserAccount user = find(userId);
        user.changeRole(role);
        return UserSummary.of(user);
    }

    @Transactional(readOnly = true)
    public List<UserSummary> users(long adminId, int offset, int limit) {
        actors.require(adminId, Role.ADMIN);
        int size = Math.max(1, Math.min(limit, 500));
        return users.findAllByOrderByUsername(PageRequest.of(offset / size, size)).map(UserSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long countUsers(long adminId) {
        actors.require(adminId, Role.ADMIN);
        return users.count();
    }

    /** What sign-in needs to check a password; empty when the username is unknown. */
    @Transactional(readOnly = true)
    public Optional<Credentials> credentials(String username) {
        return users.findByUsername(username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT))
                .map(u -> new Credentials(u.getId(), u.getUsername(), u.getDisplayName(), u.getPasswordHash(),
                        u.getRole(), u.isActive()));
    }

    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return users.existsByUsername(username);
    }

    private UserAccount find(long userId) {
        return users.findById(userId).orElseThrow(() -> new NotFoundException("No user with id " + userId + "."));
    }

    /** A new account as typed into a form. */
    public record NewUser(String username, String displayName, String password, Role role) {
    }

    /** A user in lists. */
    public record UserSummary(long id, String username, String displayName, Role role, boolean active) {
        static UserSummary of(UserAccount u) {
            return new UserSummary(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), u.isActive());
        }
    }

    /** For the sign-in check, and the name the application frame greets the user by. */
    public record Credentials(long id, String username, String displayName, String passwordHash, Role role,
                              boolean active) {
        @Override
        public String toString() {
            return "Credentials[" + username + ", " + role + "]";
        }
    }
}
