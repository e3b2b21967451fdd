package org.rapport;

import java.time.LocalDate;
import java.util.UUID;

import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.springframework.stereotype.Component;

/** A learner in a new cohort of a supervisor, and practice replies to the course's first scenario. */
@Component
public class TestPractice {
    public static final String COURSE = "meeting-resistance";

    private final TestAccounts accounts;
    private final CohortService cohorts;
    private final PracticeService practice;
    private final CourseCatalogue catalogue;

    TestPractice(TestAccounts accounts, CohortService cohorts, PracticeService practice, CourseCatalogue catalogue) {
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.practice = practice;
        this.catalogue = catalogue;
    }

    /** A new cohort of this supervisor, running from today. */
    public CohortService.CohortSummary cohortOf(long supervisor) {
        return cohorts.createCohort(supervisor, new CohortService.NewCohort("Practice cohort", COURSE,
                LocalDate.now(), LocalDate.now().plusDays(30), 10));
    }

    /** A new learner enrolled in a new cohort of this supervisor. */
    public long learnerOf(long supervisor) {
        return learnerIn(cohortOf(supervisor));
    }

    public long learnerIn(CohortService.CohortSummary cohort) {
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        return learner;
    }

    public Scenario firstScenario() {
        return catalogue.course(COURSE).orElseThrow().scenarios().findFirst().orElseThrow();
    }

    /** A practice reply to the first scenario; returns the attempt id. */
    public long submit(long learner, String reply) {
        return practice.submitResponse(learner, new PracticeService.SubmitResponse(firstScenario().id(), reply,
                AttemptMode.PRACTICE, UUID.randomUUID().toString())).attemptId();
    }
}
