package org.rapport.cohort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptFeedback;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.progress.ProgressReportService;
import org.rapport.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A learner in two cohorts, each with its own supervisor: each supervisor sees the work done in their own
 * cohort and nothing of the other's, though they share the learner.
 */
@SpringBootTest
class SupervisorScopeIT {
    private static final String COURSE = "meeting-resistance";

    @Autowired
    CohortService cohorts;
    @Autowired
    PracticeService practice;
    @Autowired
    ProgressReportService progress;
    @Autowired
    ReviewService reviews;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;

    @Test
    void a_supervisor_sees_a_shared_learners_work_in_their_own_cohort_only() {
        long first = accounts.create(Role.SUPERVISOR);
        long second = accounts.create(Role.SUPERVISOR);
        long admin = accounts.create(Role.ADMIN);
        long learner = accounts.create(Role.LEARNER);
        Scenario scenario = catalogue.course(COURSE).orElseThrow().scenarios().findFirst().orElseThrow();
        cohorts.enroll(learner, cohort(first, "Spring group").inviteCode());
        long inFirst = submit(learner, scenario);
        cohorts.enroll(learner, cohort(second, "Evening group").inviteCode());
        long inSecond = submit(learner, scenario);
        reviews.accept(first, inFirst, "Seen by the first.");
        reviews.accept(second, inSecond, "Seen by the second.");

        assertThat(practice.timeline(first, learner, 0, 50)).extracting(AttemptFeedback::attemptId)
                .containsExactly(inFirst);
        assertThat(practice.timeline(second, learner, 0, 50)).extracting(AttemptFeedback::attemptId)
                .containsExactly(inSecond);
        assertThat(practice.timeline(learner, learner, 0, 50)).hasSize(2);
        assertThat(practice.timeline(admin, learner, 0, 50)).hasSize(2);
        assertThatThrownBy(() -> practice.attempt(first, inSecond)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviews.reviewsOfAttempt(first, inSecond))
                .isInstanceOf(NotPermittedException.class);
        assertThat(reviews.reviewsOfLearner(first, learner, 0, 50)).extracting(ReviewService.ReviewNote::attemptId)
                .containsExactly(inFirst);
        assertThat(reviews.reviewsOfLearner(learner, learner, 0, 50)).hasSize(2);
        assertThat(progress.courseProgress(first, learner, COURSE).figures().attempts()).isEqualTo(1);
        assertThat(progress.courseProgress(learner, learner, COURSE).figures().attempts()).isEqualTo(2);
        assertThatThrownBy(() -> progress.courseProgress(first, learner, "another-course"))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_supervisor_who_shares_no_cohort_with_a_learner_sees_none_of_their_work() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long stranger = accounts.create(Role.SUPERVISOR);
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort(supervisor, "Own group").inviteCode());
        long attempt = submit(learner, catalogue.course(COURSE).orElseThrow().scenarios().findFirst().orElseThrow());

        assertThatThrownBy(() -> practice.timeline(stranger, learner, 0, 10))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> practice.attempt(stranger, attempt)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reviews.reviewsOfLearner(stranger, learner, 0, 10))
                .isInstanceOf(NotPermittedException.class);
    }

    private CohortService.CohortSummary cohort(long supervisor, String name) {
        return cohorts.createCohort(supervisor, new CohortService.NewCohort(name, COURSE, LocalDate.now(),
                LocalDate.now().plusDays(30), 10));
    }

    private long submit(long learner, Scenario scenario) {
        return practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(),
                scenario.modelReply(Move.REFLECTIVE).text(), AttemptMode.PRACTICE, UUID.randomUUID().toString()))
                .attemptId();
    }
}
