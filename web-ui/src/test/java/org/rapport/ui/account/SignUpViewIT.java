package org.rapport.ui.account;

import org.rapport.security.LoginView;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.ui.learning.LearnerFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithAnonymousUser;

@SpringBootTest
@WithAnonymousUser
@ViewPackages(classes = {SignUpView.class, LoginView.class})
class SignUpViewIT extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;

    @Test
    void a_newcomer_signs_up_with_an_invite_code_and_is_sent_to_sign_in() {
        var cohort = LearnerFixtures.newCohort(accounts, cohorts, 5);
        String username = LearnerFixtures.uniqueName("it-signup");
        navigate(SignUpView.class);

        fill(username, "Robin Newcomer", LearnerFixtures.PASSWORD, cohort.inviteCode());
        test($(Button.class).withId("create-account").single()).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        long id = accounts.credentials(username).orElseThrow().id();
        assertThat(cohorts.cohortsOf(id)).extracting(CohortService.CohortSummary::id).containsExactly(cohort.id());
    }

    @Test
    void an_unknown_invite_code_is_refused_and_no_account_is_left_behind() {
        String username = LearnerFixtures.uniqueName("it-signup");
        navigate(SignUpView.class);

        fill(username, "Robin Newcomer", LearnerFixtures.PASSWORD, "ZZZZ-ZZZZ");
        test($(Button.class).withId("create-account").single()).click();

        assertThat($(Span.class).withId("signup-error").single().getText()).contains("No cohort has that invite code");
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
        assertThat(accounts.exists(username)).isFalse();
    }

    @Test
    void a_full_cohort_and_a_taken_username_are_refused_with_their_reasons() {
        var cohort = LearnerFixtures.newCohort(accounts, cohorts, 1);
        cohorts.enroll(LearnerFixtures.newAccount(accounts, "it-first", Role.LEARNER).id(), cohort.inviteCode());
        String username = LearnerFixtures.uniqueName("it-signup");
        navigate(SignUpView.class);

        fill(username, "Robin Newcomer", LearnerFixtures.PASSWORD, cohort.inviteCode());
        test($(Button.class).withId("create-account").single()).click();
        assertThat($(Span.class).withId("signup-error").single().getText()).contains("full");
        assertThat(accounts.exists(username)).isFalse();

        fill("learner", "Someone Else", LearnerFixtures.PASSWORD, LearnerFixtures.newCohort(accounts, cohorts, 5)
                .inviteCode());
        test($(Button.class).withId("create-account").single()).click();
        assertThat($(Span.class).withId("signup-error").single().getText()).contains("taken");
    }

    @Test
    void a_short_password_is_caught_by_the_form_before_anything_is_created() {
        var cohort = LearnerFixtures.newCohort(accounts, cohorts, 5);
        String username = LearnerFixtures.uniqueName("it-signup");
        navigate(SignUpView.class);

        fill(username, "Robin Newcomer", "short", cohort.inviteCode());
        test($(Button.class).withId("create-account").single()).click();

        PasswordField password = $(PasswordField.class).withId("password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10");
        assertThat(accounts.exists(username)).isFalse();
        assertThat(getCurrentView()).isInstanceOf(SignUpView.class);
    }

    @Test
    void without_a_valid_code_nobody_learns_whether_a_username_is_taken() {
        navigate(SignUpView.class);

        fill("learner", "Someone Else", LearnerFixtures.PASSWORD, "ZZZZ-ZZZZ");
        test($(Button.class).withId("create-account").single()).click();

        assertThat($(Span.class).withId("signup-error").single().getText()).contains("No cohort has that invite code")
                .doesNotContain("taken");
    }

    @Test
    void a_common_password_is_marked_on_its_field_with_the_reason() {
        var cohort = LearnerFixtures.newCohort(accounts, cohorts, 5);
        String username = LearnerFixtures.uniqueName("it-signup");
        navigate(SignUpView.class);

        fill(username, "Robin Newcomer", "password123", cohort.inviteCode());
        test($(Button.class).withId("create-account").single()).click();

        PasswordField password = $(PasswordField.class).withId("password").single();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("This password is too easy to guess");
        assertThat(accounts.exists(username)).isFalse();
    }

    private void fill(String username, String name, String password, String code) {
        test($(TextField.class).withId("username").single()).setValue(username);
        test($(TextField.class).withId("display-name").single()).setValue(name);
        test($(PasswordField.class).withId("password").single()).setValue(password);
        test($(TextField.class).withId("invite-code").single()).setValue(code);
    }

    @Test
    void the_shared_link_fills_in_the_invite_code() {
        com.vaadin.flow.component.UI.getCurrent().navigate(SignUpView.class,
                com.vaadin.flow.router.QueryParameters.of("code", "K7MQ-3XPA"));

        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withId("invite-code").single().getValue())
                .isEqualTo("K7MQ-3XPA");
    }
}
