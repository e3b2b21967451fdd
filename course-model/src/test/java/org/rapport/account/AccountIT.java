package org.rapport.account;

import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;

@SpringBootTest
class AccountIT {
    @Autowired
    AccountService accountService;
    @Autowired
    Actors actors;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    TestAccounts accounts;

    @Test
    void an_admin_creates_a_user_whose_password_is_stored_only_as_a_bcrypt_hash() {
        long admin = accounts.create(Role.ADMIN);
        String name = unique();

        var user = accountService.createUser(admin, new AccountService.NewUser(" " + name.toUpperCase() + " ",
                "Dr. Ada Obi", "a long enough secret", Role.SUPERVISOR));

        assertThat(user.username()).isEqualTo(name);
        var credentials = accountService.credentials(name).orElseThrow();
        assertThat(credentials.passwordHash()).startsWith("{bcrypt}").doesNotContain("a long enough secret");
        assertThat(passwords.matches("a long enough secret", credentials.passwordHash())).isTrue();
        assertThat(credentials.toString()).doesNotContain(credentials.passwordHash());
    }

    @Test
    void only_an_admin_creates_users_changes_roles_or_deactivates() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = accounts.create(Role.LEARNER);

        assertThatThrownBy(() -> accountService.createUser(supervisor,
                new AccountService.NewUser(unique(), "X", TestAccounts.PASSWORD, Role.ADMIN)))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accountService.changeRole(learner, learner, Role.ADMIN))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> accountService.deactivate(supervisor, learner))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_deactivated_user_can_do_nothing_until_reactivated() {
        long admin = accounts.create(Role.ADMIN);
        long learner = accounts.create(Role.LEARNER);

        accountService.deactivate(admin, learner);
        assertThatThrownBy(() -> actors.require(learner, Role.LEARNER)).hasMessageContaining("deactivated");

        accountService.reactivate(admin, learner);
        assertThat(actors.require(learner, Role.LEARNER).getId()).isEqualTo(learner);
    }

    @Test
    void an_admin_cannot_lock_themselves_out() {
        long admin = accounts.create(Role.ADMIN);

        assertThatThrownBy(() -> accountService.deactivate(admin, admin)).hasMessageContaining("your own account");
        assertThatThrownBy(() -> accountService.changeRole(admin, admin, Role.LEARNER))
                .hasMessageContaining("admin role from yourself");
    }

    @Test
    void taken_names_bad_names_short_passwords_and_blank_display_names_are_refused_with_clear_messages() {
        long admin = accounts.create(Role.ADMIN);
        String name = unique();
        accountService.createUser(admin, new AccountService.NewUser(name, "First", TestAccounts.PASSWORD, Role.LEARNER));

        assertThatThrownBy(() -> accountService.createUser(admin,
                new AccountService.NewUser(name, "Second", TestAccounts.PASSWORD, Role.LEARNER)))
                .hasMessageContaining("is taken");
        assertThatThrownBy(() -> accountService.createUser(admin,
                new AccountService.NewUser("<b>x</b>", "X", TestAccounts.PASSWORD, Role.LEARNER)))
                .hasMessageContaining("3 to 40 characters");
        assertThatThrownBy(() -> accountService.createUser(admin,
                new AccountService.NewUser(unique(), "X", "short", Role.LEARNER)))
                .hasMessageContaining("10 to 200 characters");
        assertThatThrownBy(() -> accountService.createUser(admin,
                new AccountService.NewUser(unique(), "X", "password123", Role.LEARNER)))
                .hasMessageStartingWith("This password is too easy to guess");
        assertThatThrownBy(() -> accountService.createUser(admin,
                new AccountService.NewUser(unique(), "  ", TestAccounts.PASSWORD, Role.LEARNER)))
                .hasMessageContaining("display name");
    }

    @Test
    void setting_up_first_accounts_hashes_each_starting_password_once_and_creates_none_if_one_is_invalid() {
        String a = unique(), b = unique(), c = unique();

        var made = accountService.registerAll(java.util.List.of(
                new AccountService.NewUser(a, "A", "shared quartz lantern", Role.ADMIN),
                new AccountService.NewUser(b, "B", "shared quartz lantern", Role.LEARNER),
                new AccountService.NewUser(c, "C", "another quartz lantern", Role.LEARNER)));

        assertThat(made).extracting(AccountService.UserSummary::username).containsExactly(a, b, c);
        String hashA = accountService.credentials(a).orElseThrow().passwordHash();
        String hashC = accountService.credentials(c).orElseThrow().passwordHash();
        assertThat(accountService.credentials(b).orElseThrow().passwordHash()).isEqualTo(hashA);
        assertThat(hashC).isNotEqualTo(hashA);
        assertThat(passwords.matches("another quartz lantern", hashC)).isTrue();

        String d = unique();
        assertThatThrownBy(() -> accountService.registerAll(java.util.List.of(
                new AccountService.NewUser(d, "D", "willow copper quartz", Role.LEARNER),
                new AccountService.NewUser(unique(), "E", "short", Role.LEARNER))))
                .hasMessageContaining("10 to 200 characters");
        assertThat(accountService.exists(d)).isFalse();
    }

    @Test
    void the_user_list_pages_in_username_order() {
        long admin = accounts.create(Role.ADMIN);

        var page = accountService.users(admin, 0, 5);

        assertThat(page).hasSizeLessThanOrEqualTo(5).isSortedAccordingTo(
                java.util.Comparator.comparing(AccountService.UserSummary::username));
        assertThat(accountService.countUsers(admin)).isGreaterThanOrEqualTo(1);
    }

    private static String unique() {
        return "u-" + UUID.randomUUID().toString().substring(0, 12);
    }
}
