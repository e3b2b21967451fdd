package org.rapport.review;

import org.rapport.grader.Move;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** With every attempt drawn into the random sample, even a clean reply reaches the review queue. */
@SpringBootTest(properties = "rapport.review.sample-rate=1")
class ReviewSampleIT {
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
    void attempts_drawn_into_the_random_sample_are_queued_as_sample() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Sampled", "meeting-resistance",
                LocalDate.now(), LocalDate.now().plusDays(30), 5));
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        var scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        long attempt = practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(),
                "What would you like to be different a year from now?", AttemptMode.PRACTICE,
                UUID.randomUUID().toString())).attemptId();
        assertThat(practice.attempt(learner, attempt).grade().move()).isEqualTo(Move.PARTNERING);
        assertThat(practice.attempt(learner, attempt).grade().unsure()).isFalse();

        var queue = reviews.reviewQueue(supervisor, cohort.id(), 0, 10);

        assertThat(queue).singleElement().satisfies(item -> {
            assertThat(item.attemptId()).isEqualTo(attempt);
            assertThat(item.reason()).isEqualTo("sample");
            assertThat(item.clientSaid()).isEqualTo(scenario.client());
        });
    }
}
