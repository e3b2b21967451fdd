package org.rapport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.cohort.EnrollmentRefusedException;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two application instances on one PostgreSQL database, as when a programme outgrows one server: the rules that
 * hold within one instance (the enrollment limit, one attempt per submission key, a reply's grade is its latest
 * review's) must hold across both, because they rest on the database's locks and keys, not on memory.
 */
@SpringBootTest
class TwoNodesIT {
    private static ConfigurableApplicationContext otherNode;

    @Autowired
    CohortService cohorts;
    @Autowired
    PracticeService practice;
    @Autowired
    ReviewService reviews;
    @Autowired
    TestAccounts accounts;
    @Autowired
    TestPractice fixtures;

    @BeforeAll
    static void startTheOtherNode() {
        assumeTrue("postgresql".equals(System.getProperty("rapport.it.database")),
                "two nodes share a database server; the in-memory H2 of the other run is one process's own");
        otherNode = new SpringApplicationBuilder(CourseModelTestApplication.class).web(WebApplicationType.NONE)
                .run();
    }

    @AfterAll
    static void stopTheOtherNode() {
        if (otherNode != null) {
            otherNode.close();
        }
    }

    @Test
    void the_enrollment_limit_holds_when_learners_join_through_both_nodes_at_once() throws Exception {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Two nodes", TestPractice.COURSE,
                java.time.LocalDate.now(), java.time.LocalDate.now().plusDays(30), 4));
        CohortService other = otherNode.getBean(CohortService.class);
        List<Long> learners = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            learners.add(accounts.create(Role.LEARNER));
        }

        List<String> outcomes = AtOnce.run(learners.size(), i -> {
            try {
                (i % 2 == 0 ? cohorts : other).enroll(learners.get(i), cohort.inviteCode());
                return "joined";
            } catch (EnrollmentRefusedException e) {
                return e.reason().name();
            }
        });

        assertThat(outcomes).filteredOn("joined"::equals).hasSize(4);
        assertThat(outcomes).filteredOn("FULL"::equals).hasSize(8);
        assertThat(cohorts.cohort(supervisor, cohort.id()).enrolled()).isEqualTo(4);
    }

    @Test
    void one_submission_sent_to_both_nodes_is_stored_once() throws Exception {
        long learner = fixtures.learnerOf(accounts.create(Role.SUPERVISOR));
        PracticeService other = otherNode.getBean(PracticeService.class);
        var submission = new PracticeService.SubmitResponse(fixtures.firstScenario().id(),
                "So part of you is tired of being told what to do.", AttemptMode.PRACTICE, UUID.randomUUID().toString());

        Set<Long> ids = new HashSet<>(AtOnce.run(8, i -> (i % 2 == 0 ? practice : other)
                .submitResponse(learner, submission).attemptId()));

        assertThat(ids).hasSize(1);
        assertThat(practice.timeline(learner, learner, 0, 10)).hasSize(1);
    }

    @Test
    void a_reply_reviewed_on_both_nodes_at_once_shows_its_latest_review() throws Exception {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = fixtures.learnerOf(supervisor);
        ReviewService other = otherNode.getBean(ReviewService.class);

        for (int round = 0; round < 5; round++) {
            long attempt = fixtures.submit(learner, "I hear you, but you need to keep taking the medication.");
            AtOnce.run(2, i -> i == 0
                    ? reviews.override(supervisor, attempt, Move.VALIDATING, "node one")
                    : other.override(supervisor, attempt, Move.PARTNERING, "node two"));

            var notes = reviews.reviewsOfAttempt(supervisor, attempt);
            assertThat(notes).hasSize(2);
            Move latest = notes.getLast().supervisorMove();
            assertThat(practice.attempt(learner, attempt).grade().move()).as("round " + round).isEqualTo(latest);
        }
    }
}
