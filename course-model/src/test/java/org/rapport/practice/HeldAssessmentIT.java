package org.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.progress.ProgressReportService;
import org.rapport.review.ReviewService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * An unfinished assessment holds back from the learner everything the grader made of it, wherever it would
 * show: the attempt, the figures on their progress page and a supervisor's review of it.
 */
@SpringBootTest
class HeldAssessmentIT {
    private static final String COURSE = "meeting-resistance";

    @Autowired
    PracticeService practice;
    @Autowired
    ProgressReportService progress;
    @Autowired
    ReviewService reviews;
    @Autowired
    CohortService cohorts;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;

    @Test
    void until_the_set_is_finished_the_learners_figures_reviews_and_timeline_leave_the_assessment_out() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Held cohort", COURSE,
                LocalDate.now(), LocalDate.now().plusDays(30), 10));
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        Lesson lesson = catalogue.course(COURSE).orElseThrow().lessons()
                .filter(l -> l.scenarios().size() >= 3).findFirst().orElseThrow();
        List<Scenario> set = lesson.scenarios();
        long practised = submit(learner, set.getFirst(), AttemptMode.PRACTICE);
        long practisedAgain = submit(learner, set.get(1), AttemptMode.PRACTICE);
        List<Long> held = new ArrayList<>();
        for (Scenario s : set.subList(0, set.size() - 1)) {
            held.add(submit(learner, s, AttemptMode.ASSESSMENT));
        }
        reviews.override(supervisor, held.getFirst(), Move.PARTNERING, "You gave the choice back.");
        reviews.accept(supervisor, practised, "Good reflection.");

        assertThat(practice.lessonsWithHeldFeedback(learner)).containsExactly(lesson.id());
        assertThat(progress.courseProgress(learner, learner, COURSE).figures().attempts())
                .as("the learner's own figures count the practice attempts only").isEqualTo(2);
        assertThat(progress.courseProgress(supervisor, learner, COURSE).figures().attempts())
                .as("the supervisor's count everything").isEqualTo(2 + held.size());
        assertThat(reviews.reviewsOfLearner(learner, learner, 0, 50)).extracting(ReviewService.ReviewNote::attemptId)
                .containsExactly(practised);
        assertThat(reviews.reviewsOfAttempt(learner, held.getFirst())).isEmpty();
        assertThat(reviews.reviewsOfAttempt(supervisor, held.getFirst())).hasSize(1);
        assertThat(practice.timeline(learner, learner, 0, 50)).extracting(AttemptFeedback::attemptId)
                .containsExactly(practisedAgain, practised);
        assertThat(List.of(practice.timeline(learner, learner, 0, 1), practice.timeline(learner, learner, 1, 1)))
                .as("pages of one are full and do not repeat").extracting(page -> page.getFirst().attemptId())
                .containsExactly(practisedAgain, practised);

        long last = submit(learner, set.getLast(), AttemptMode.ASSESSMENT);

        assertThat(practice.lessonsWithHeldFeedback(learner)).isEmpty();
        assertThat(progress.courseProgress(learner, learner, COURSE).figures().attempts()).isEqualTo(3 + held.size());
        assertThat(reviews.reviewsOfLearner(learner, learner, 0, 50)).extracting(ReviewService.ReviewNote::attemptId)
                .containsExactlyInAnyOrder(practised, held.getFirst());
        assertThat(reviews.reviewsOfAttempt(learner, held.getFirst())).singleElement()
                .satisfies(note -> assertThat(note.supervisorMove()).isEqualTo(Move.PARTNERING));
        assertThat(practice.timeline(learner, learner, 0, 50)).hasSize(3 + held.size())
                .extracting(AttemptFeedback::attemptId).contains(last);
    }

    private long submit(long learner, Scenario scenario, AttemptMode mode) {
        return practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(),
                scenario.modelReply(Move.REFLECTIVE).text(), mode, UUID.randomUUID().toString())).attemptId();
    }
}
