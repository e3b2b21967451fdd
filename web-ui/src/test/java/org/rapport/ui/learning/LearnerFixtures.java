package org.rapport.ui.learning;

import java.time.LocalDate;
import java.util.UUID;

import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accounts and cohorts of the tests' own, with names no other test uses, so view tests that join or sign up
 * leave the demo cohort (which other tests count on) as it was.
 */
public final class LearnerFixtures {
    public static final String PASSWORD = "amber kettle horizon";

    private LearnerFixtures() {
    }

    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static AccountService.UserSummary newAccount(AccountService accounts, String prefix, Role role) {
        String name = uniqueName(prefix);
        return accounts.register(new AccountService.NewUser(name, "Test " + name, PASSWORD, role));
    }

    /** A cohort on the first course, run by a supervisor of its own. */
    public static CohortService.CohortSummary newCohort(AccountService accounts, CohortService cohorts, int limit) {
        long supervisor = newAccount(accounts, "it-supervisor", Role.SUPERVISOR).id();
        LocalDate today = LocalDate.now();
        return cohorts.createCohort(supervisor, new CohortService.NewCohort(uniqueName("IT cohort"),
                "meeting-resistance", today, today.plusWeeks(8), limit));
    }

    /** Replaces the class's {@code @WithUserDetails} user for the rest of the test. */
    public static void signInAs(UserDetailsService users, String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }
}
