package org.rapport.ui.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.practice.AttemptFeedback;
import org.rapport.ui.components.Moves;
import org.rapport.grader.Move;
import org.rapport.practice.PracticeService;
import org.rapport.review.ReviewService;
import org.rapport.ui.components.HighlightedReply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("supervisor")
@ViewPackages(packages = "org.rapport.ui")
class LearnerTimelineViewIT extends SpringBrowserlessTest {
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;
    @Autowired
    PracticeService practice;
    @Autowired
    ReviewService reviews;

    @Test
    void the_timeline_lists_attempts_newest_first_a_page_at_a_time_and_opens_one_with_its_reply_and_review() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        long cohort = demoCohort(supervisor);
        long maya = accounts.credentials("maya.chen").orElseThrow().id();
        List<AttemptFeedback> newest = practice.timeline(supervisor, maya, 0, 200);
        assertThat(newest.size()).as("the demo gives Maya more than a page").isGreaterThan(LearnerTimelineView.PAGE);

        navigate(LearnerTimelineView.class, Map.of("cohortId", String.valueOf(cohort), "learnerId", String.valueOf(maya)));

        List<Details> shown = $(Details.class).withClassName("timeline-attempt").all();
        assertThat(shown).hasSize(LearnerTimelineView.PAGE);
        assertThat(shown.getFirst().getId()).hasValue("attempt-" + newest.getFirst().attemptId());
        test($(Button.class).id("timeline-older")).click();
        assertThat($(Details.class).withClassName("timeline-attempt").all())
                .hasSize(Math.min(newest.size(), 2 * LearnerTimelineView.PAGE));

        AttemptFeedback reviewed = newest.stream()
                .filter(a -> !reviews.reviewsOfAttempt(supervisor, a.attemptId()).isEmpty()).findFirst()
                .orElseGet(() -> {
                    reviews.accept(supervisor, newest.getFirst().attemptId(), "Good reflection.");
                    return newest.getFirst();
                });
        Details details = $(Details.class).id("attempt-" + reviewed.attemptId());
        assertThat($(HighlightedReply.class).from(details).exists()).as("built only when opened").isFalse();
        test(details).openDetails();

        assertThat($(HighlightedReply.class).from(details).single().getChildren()).isNotEmpty();
        assertThat($(Paragraph.class).from(details).withClassName("review-note").all()).isNotEmpty();
    }

    @Test
    void an_overridden_attempt_shows_the_supervisors_grade_and_names_the_graders() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        long cohort = demoCohort(supervisor);
        long maya = accounts.credentials("maya.chen").orElseThrow().id();
        AttemptFeedback newest = practice.timeline(supervisor, maya, 0, 1).getFirst();
        Move graderMove = newest.reviewed() ? newest.graderGrade().move() : newest.grade().move();
        Move other = graderMove == Move.REFLECTIVE ? Move.VALIDATING : Move.REFLECTIVE;
        reviews.override(supervisor, newest.attemptId(), other, "Reads as " + other.label() + ".");

        navigate(LearnerTimelineView.class, Map.of("cohortId", String.valueOf(cohort), "learnerId", String.valueOf(maya)));

        Details details = $(Details.class).id("attempt-" + newest.attemptId());
        assertThat(details.getSummary().getElement().getTextRecursively()).contains(Moves.title(other))
                .contains("(reviewed)");
        test(details).openDetails();
        assertThat($(Paragraph.class).from(details).withClassName("reviewed-grade").single().getText())
                .contains("the grader had read it as " + graderMove.label());
    }

    @Test
    void a_learner_outside_the_cohort_is_not_found() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        String name = "loner-" + UUID.randomUUID().toString().substring(0, 8);
        long loner = accounts.register(new AccountService.NewUser(name, "Lone Learner", "lantern orchard velvet",
                Role.LEARNER)).id();

        navigate(LearnerTimelineView.class, Map.of("cohortId", String.valueOf(demoCohort(supervisor)),
                "learnerId", String.valueOf(loner)));

        assertThat($(Span.class).id("timeline-not-found").getText()).contains("No learner " + loner);
        assertThat($(Details.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("maya.chen")
    void a_learner_cannot_open_a_timeline_through_the_supervisor_route() {
        long maya = accounts.credentials("maya.chen").orElseThrow().id();
        assertThatThrownBy(() -> navigate(LearnerTimelineView.class, Map.of("cohortId", "1", "learnerId",
                String.valueOf(maya)))).hasMessageContaining("RouteNotFoundError");
    }

    private long demoCohort(long supervisor) {
        return cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals("Autumn practicum")).findFirst()
                .orElseThrow().id();
    }
}
