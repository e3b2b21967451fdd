package org.rapport.security;

import org.rapport.account.AccountService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Sign-in reads accounts through the account service; the password hash never leaves this path. */
@Service
class AccountUserDetailsService implements UserDetailsService {
    private final AccountService accounts;

    AccountUserDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.credentials(username)
                .map(c -> new SignedInUser(c.id(), c.username(), c.displayName(), c.passwordHash(), c.role(),
                        c.active()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
