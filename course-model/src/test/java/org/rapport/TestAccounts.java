package org.rapport;

import java.util.UUID;

import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.springframework.stereotype.Component;

/**
 * Creates users with names no other test uses, so tests share one database (H2 or PostgreSQL) without
 * cleaning it and without seeing each other's rows.
 */
@Component
public class TestAccounts {
    public static final String PASSWORD = "correct horse battery";
    private final AccountService accounts;

    TestAccounts(AccountService accounts) {
        this.accounts = accounts;
    }

    public long create(Role role) {
        String name = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 12);
        return accounts.register(new AccountService.NewUser(name, "Test " + name, PASSWORD, role)).id();
    }
}
