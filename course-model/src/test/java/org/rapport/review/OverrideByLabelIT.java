package org.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.refusal.NotFoundException;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The override views use: the move arrives as its rubric label, since views do not see grader types. */
@SpringBootTest
class OverrideByLabelIT {
    private static final String JUDGING = "I hear you, but you need to keep taking the medication.";

    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    CohortService cohorts;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;

    @Test
    void an_override_by_label_records_the_supervisors_move_and_keeps_the_graders_label_beside_it() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(supervisor);
        long attempt = submit(learner, JUDGING);

        reviews.override(supervisor, attempt, " Validating ", "The first half validates.");

        assertThat(reviews.reviewsOfAttempt(supervisor, attempt)).singleElement().satisfies(note -> {
            assertThat(note.supervisorMove()).isEqualTo("validating");
            assertThat(note.graderMove()).isEqualTo("judging");
            assertThat(note.verdict()).isEqualTo("overridden");
        });
        var seen = practice.attempt(learner, attempt);
        assertThat(seen.grade().move()).isEqualTo("validating");
        assertThat(seen.graderGrade().move()).isEqualTo("judging");
    }

    @Test
    void an_unknown_or_missing_label_is_refused_with_the_four_moves_named_and_nothing_is_stored() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long attempt = submit(learnerIn(supervisor), JUDGING);

        assertThatThrownBy(() -> reviews.override(supervisor, attempt, "reflectve", "typo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'reflectve' is not a move")
                .hasMessageContaining("judging, validating, reflective or partnering");
        assertThatThrownBy(() -> reviews.override(supervisor, attempt, (String) null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Choose the move");
        assertThat(reviews.reviewsOfAttempt(supervisor, attempt)).isEmpty();
    }

    @Test
    void a_valid_label_still_needs_the_cohorts_supervisor() {
        long owner = accounts.create(Role.SUPERVISOR);
        long attempt = submit(learnerIn(owner), JUDGING);

        assertThatThrownBy(() -> reviews.override(accounts.create(Role.SUPERVISOR), attempt, "reflective", null))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void kappa_by_label_follows_rubric_order_and_stays_empty_without_reviews() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(supervisor);
        long cohort = cohorts.cohortsOf(supervisor).getFirst().id();
        assertThat(reviews.agreement(supervisor, cohort).kappaByLabel())
                .containsOnlyKeys("judging", "validating", "reflective", "partnering")
                .containsValues((Double) null);

        reviews.accept(supervisor, submit(learner, JUDGING), null);

        var byLabel = reviews.agreement(supervisor, cohort).kappaByLabel();
        assertThat(byLabel.keySet()).containsExactly("judging", "validating", "reflective", "partnering");
        assertThat(byLabel.get("judging")).isNotNull();
    }

    private long learnerIn(long supervisor) {
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Label cohort",
                "meeting-resistance", LocalDate.now(), LocalDate.now().plusDays(30), 20));
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        return learner;
    }

    private long submit(long learner, String reply) {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        return practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(), reply,
                AttemptMode.PRACTICE, UUID.randomUUID().toString())).attemptId();
    }
}
