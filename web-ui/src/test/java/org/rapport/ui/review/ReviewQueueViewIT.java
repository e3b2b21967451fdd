package org.rapport.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.account.AccountService;
import org.rapport.grader.Move;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.review.ReviewService;
import org.rapport.review.ReviewService.QueueItem;
import org.rapport.ui.components.Moves;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest
@WithUserDetails("supervisor")
@ViewPackages(packages = "org.rapport.ui")
class ReviewQueueViewIT extends SpringBrowserlessTest {
    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accounts;
    @Autowired
    CourseCatalogue catalogue;

    @Test
    void the_supervisor_overrides_the_first_queue_items_move_and_it_leaves_the_queue() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        long cohort = demoCohort(supervisor);
        long waiting = reviews.countQueue(supervisor, cohort);
        assertThat(waiting).as("the demo cohort leaves attempts to review").isPositive();
        navigate(ReviewQueueView.class);
        pickDemoCohort();

        @SuppressWarnings("unchecked")
        Grid<QueueItem> queue = $(Grid.class).id("review-queue");
        QueueItem first = test(queue).getRow(0);
        assertThat(queue.asSingleSelect().getValue()).as("the oldest item opens at once").isEqualTo(first);
        Move graderMove = first.attempt().grade().move();
        Move otherMove = Moves.ALL.stream().filter(m -> m != graderMove).findFirst().orElseThrow();
        assertThat($(Span.class).id("review-grader-move").getText()).startsWith(Moves.title(graderMove));

        test($(RadioButtonGroup.class).id("review-move")).selectItem(Moves.title(otherMove));
        test($(TextArea.class).id("review-comment")).setValue("Reads as " + otherMove.label() + " to me.");
        test($(Button.class).id("review-override")).click();

        assertThat($(Span.class).id("review-error").getText()).isEmpty();
        assertThat($(Span.class).id("review-message").getText()).contains("now " + otherMove.label());
        assertThat(reviews.reviewsOfAttempt(supervisor, first.attemptId())).last().satisfies(note -> {
            assertThat(note.verdict()).isEqualTo("overridden");
            assertThat(note.supervisorMove()).isEqualTo(otherMove);
            assertThat(note.graderMove()).isEqualTo(graderMove);
            assertThat(note.comment()).isEqualTo("Reads as " + otherMove.label() + " to me.");
        });
        var seen = practice.attempt(supervisor, first.attemptId());
        assertThat(seen.grade().move()).as("everyone sees the supervisor's move").isEqualTo(otherMove);
        assertThat(seen.graderGrade().move()).as("the grader's stays beside it").isEqualTo(graderMove);
        assertThat(reviews.countQueue(supervisor, cohort)).isEqualTo(waiting - 1);
        for (int row = 0; row < test(queue).size(); row++) {
            assertThat(test(queue).getRow(row).attemptId()).isNotEqualTo(first.attemptId());
        }
    }

    @Test
    void the_supervisor_changes_one_sentence_of_a_longer_reply_and_the_reply_follows_the_rubric() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        String cohortName = "Sentences " + UUID.randomUUID().toString().substring(0, 8);
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort(cohortName, "meeting-resistance",
                LocalDate.now(), LocalDate.now().plusWeeks(4), 5));
        long learner = accounts.register(new AccountService.NewUser("s-" + UUID.randomUUID().toString().substring(0, 8),
                "Sam Reyes", "lantern orchard velvet", Role.LEARNER)).id();
        cohorts.enroll(learner, cohort.inviteCode());
        String scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow().id();
        // Judging first, so the attempt is in the queue; the supervisor reads the first sentence as kinder.
        long attempt = practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario,
                "You really need to take the medication. What would you want to be different a year from now?",
                AttemptMode.PRACTICE, UUID.randomUUID().toString())).attemptId();
        var graded = practice.attempt(learner, attempt).grade();
        assertThat(graded.move()).isEqualTo(Move.JUDGING);
        assertThat(graded.sentences()).hasSize(2);
        navigate(ReviewQueueView.class);
        @SuppressWarnings("unchecked")
        ComboBox<CohortService.CohortSummary> cohortBox = $(ComboBox.class).id("review-cohort");
        test(cohortBox).selectItem(cohortName);

        @SuppressWarnings("unchecked")
        Select<Move> first = $(Select.class).id("review-sentence-0");
        assertThat(first.getValue()).isEqualTo(graded.sentences().get(0).move());
        assertThat(first.getLabel()).contains("You really need to take the medication.");
        test(first).selectItem("Validating");
        test($(Select.class).id("review-sentence-1")).selectItem("Partnering");
        test($(Button.class).id("review-save-sentences")).click();

        assertThat($(Span.class).id("review-error").getText()).isEmpty();
        var seen = practice.attempt(learner, attempt);
        assertThat(seen.grade().sentences()).extracting(s -> s.move()).containsExactly(Move.VALIDATING, Move.PARTNERING);
        assertThat(seen.grade().move()).isIn(Move.VALIDATING, Move.PARTNERING);
        assertThat(seen.score()).isGreaterThan(20);
        assertThat(seen.graderGrade().move()).isEqualTo(Move.JUDGING);
        assertThat(reviews.countQueue(supervisor, cohort.id())).isZero();
    }

    @Test
    void an_override_without_a_move_or_with_an_overlong_comment_is_refused_and_the_item_stays() {
        long supervisor = accounts.credentials("supervisor").orElseThrow().id();
        navigate(ReviewQueueView.class);
        pickDemoCohort();
        @SuppressWarnings("unchecked")
        QueueItem first = ((Grid<QueueItem>) $(Grid.class).id("review-queue")).asSingleSelect().getValue();

        test($(Button.class).id("review-override")).click();
        assertThat($(Span.class).id("review-error").getText()).contains("Choose the move");

        test($(TextArea.class).id("review-comment")).setValue("x".repeat(2001));
        test($(Button.class).id("review-accept")).click();
        assertThat($(Span.class).id("review-error").getText()).contains("at most 2000 characters");

        assertThat(reviews.reviewsOfAttempt(supervisor, first.attemptId())).isEmpty();
        assertThat($(Button.class).id("review-accept").isEnabled()).as("ready for another try").isTrue();
    }

    @Test
    @WithUserDetails("learner")
    void a_learner_cannot_open_the_review_queue() {
        assertThatThrownBy(() -> navigate(ReviewQueueView.class)).hasMessageContaining("RouteNotFoundError");
        assertThat(getCurrentView()).isNotInstanceOf(ReviewQueueView.class);
    }

    @SuppressWarnings("unchecked")
    private void pickDemoCohort() {
        ComboBox<CohortService.CohortSummary> cohort = $(ComboBox.class).id("review-cohort");
        test(cohort).selectItem("Autumn practicum");
    }

    private long demoCohort(long supervisor) {
        return cohorts.cohortsOf(supervisor).stream().filter(c -> c.name().equals("Autumn practicum")).findFirst()
                .orElseThrow().id();
    }
}
