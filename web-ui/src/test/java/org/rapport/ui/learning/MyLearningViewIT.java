package org.rapport.ui.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.progress.ProgressReportService;
import org.rapport.security.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("learner")
@ViewPackages(classes = MyLearningView.class)
class MyLearningViewIT extends SpringBrowserlessTest {
    @Autowired
    AccountService accounts;
    @Autowired
    CohortService cohorts;
    @Autowired
    ProgressReportService progress;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    UserDetailsService users;

    @Test
    void a_learner_sees_their_cohort_with_lessons_done_and_a_link_to_the_course() {
        navigate(MyLearningView.class);

        Div card = $(Div.class).withClassName("cohort-card").single();
        assertThat(card.getElement().getTextRecursively()).contains("Autumn practicum")
                .contains("Meeting resistance, building the alliance");
        long me = currentUser.id();
        var p = progress.courseProgress(me, me, "meeting-resistance");
        assertThat($(Span.class, card).withClassName("lessons-done").single().getText())
                .isEqualTo(p.lessonsDone() + " of " + p.lessonsTotal() + " lessons done");
        assertThat($(Span.class, card).withClassName("average-score").single().getText()).startsWith("Average score");
        assertThat(test($(RouterLink.class, card).withText("Open the course").single()).getPath())
                .isEqualTo("courses/meeting-resistance");
    }

    @Test
    void a_new_learner_joins_a_cohort_with_its_invite_code_and_sees_it_listed() {
        var cohort = LearnerFixtures.newCohort(accounts, cohorts, 5);
        var newcomer = LearnerFixtures.newAccount(accounts, "it-joiner", Role.LEARNER);
        LearnerFixtures.signInAs(users, newcomer.username());
        navigate(MyLearningView.class);
        assertThat($(Div.class).withClassName("cohort-card").exists()).isFalse();

        test($(TextField.class).withId("invite-code").single()).setValue(cohort.inviteCode().toLowerCase());
        test($(Button.class).withId("join").single()).click();

        assertThat($(Span.class).withId("join-result").single().getText()).contains(cohort.name());
        assertThat($(Span.class).withId("join-error").single().getText()).isEmpty();
        assertThat($(Div.class).withClassName("cohort-card").single().getElement().getTextRecursively())
                .contains(cohort.name());
        assertThat(cohorts.cohortsOf(newcomer.id())).extracting(CohortService.CohortSummary::id)
                .containsExactly(cohort.id());
    }

    @Test
    void an_unknown_or_repeated_invite_code_shows_the_reason_and_changes_nothing() {
        navigate(MyLearningView.class);
        int before = cohorts.cohortsOf(currentUser.id()).size();

        test($(TextField.class).withId("invite-code").single()).setValue("ZZZZ-ZZZZ");
        test($(Button.class).withId("join").single()).click();
        assertThat($(Span.class).withId("join-error").single().getText()).contains("No cohort has that invite code");

        String demoCode = demoInviteCode();
        test($(TextField.class).withId("invite-code").single()).setValue(demoCode);
        test($(Button.class).withId("join").single()).click();
        assertThat($(Span.class).withId("join-error").single().getText()).contains("already in this cohort");

        assertThat(cohorts.cohortsOf(currentUser.id())).hasSize(before);
        assertThat($(Div.class).withClassName("cohort-card").all()).hasSize(before);
    }

    @Test
    @WithUserDetails("supervisor")
    void a_supervisor_cannot_open_the_learner_page() {
        assertThatThrownBy(() -> navigate(MyLearningView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isNotInstanceOf(MyLearningView.class);
    }

    private String demoInviteCode() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        return cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals("Autumn practicum")).findFirst()
                .orElseThrow().inviteCode();
    }
}
