package org.rapport.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.refusal.NotFoundException;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptFeedback;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.rapport.progress.ProgressReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ReviewIT {
    private static final String JUDGING = "I hear you, but you need to keep taking the medication.";
    private static final String VALIDATING = "It makes complete sense that you'd be wary after how that went.";
    private static final String REFLECTIVE = "So the pills left you feeling flat, and flat is the last thing you want.";
    private static final String PARTNERING = "What would you like to be different a year from now?";

    @Autowired
    ReviewService reviews;
    @Autowired
    PracticeService practice;
    @Autowired
    CohortService cohorts;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    ProgressReportService progress;
    @Autowired
    TestAccounts accounts;
    @Autowired
    jakarta.persistence.EntityManagerFactory entityManagerFactory;

    @Test
    void an_override_changes_what_the_learner_sees_while_the_graders_grade_stays_beside_it() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(cohort(supervisor));
        long attempt = submit(learner, JUDGING);
        var before = practice.attempt(learner, attempt);
        assertThat(before.grade().move()).isEqualTo(Move.JUDGING);
        assertThat(before.score()).isLessThanOrEqualTo(20);
        assertThat(before.reviewed()).isFalse();

        reviews.override(supervisor, attempt, Move.VALIDATING, "The first half validates; the 'but' undoes it.");

        var after = practice.attempt(learner, attempt);
        assertThat(after.grade().move()).isEqualTo(Move.VALIDATING);
        assertThat(after.grade().sentences()).extracting(s -> s.move()).containsOnly(Move.VALIDATING);
        assertThat(after.grade().unsure()).isFalse();
        assertThat(after.score()).as("rescored for the scenario").isGreaterThan(20);
        assertThat(after.scoreFeedback()).startsWith("A supervisor reviewed this reply.");
        assertThat(after.graderGrade()).isEqualTo(new AttemptFeedback.GraderGrade(Move.JUDGING, before.score()));
        assertThat(practice.timeline(learner, learner, 0, 10)).singleElement()
                .satisfies(row -> assertThat(row.grade().move()).isEqualTo(Move.VALIDATING));
        var notes = reviews.reviewsOfLearner(learner, learner, 0, 10);
        assertThat(notes).singleElement().satisfies(note -> {
            assertThat(note.graderMove()).isEqualTo(Move.JUDGING);
            assertThat(note.supervisorMove()).isEqualTo(Move.VALIDATING);
            assertThat(note.verdict()).isEqualTo("overridden");
            assertThat(note.comment()).contains("'but' undoes it");
        });
    }

    @Test
    void progress_figures_and_the_gradebook_count_the_supervisors_grade() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long cohort = cohort(supervisor);
        long learner = learnerIn(cohort);
        long attempt = submit(learner, JUDGING);
        assertThat(progress.courseProgress(learner, learner, "meeting-resistance").figures().moveShares())
                .containsEntry(Move.JUDGING, 1.0);

        reviews.override(supervisor, attempt, Move.VALIDATING, null);

        int score = practice.attempt(learner, attempt).score();
        var figures = progress.courseProgress(learner, learner, "meeting-resistance").figures();
        assertThat(figures.moveShares()).containsEntry(Move.VALIDATING, 1.0);
        assertThat(figures.averageScore()).isEqualTo((double) score);
        assertThat(progress.cohortProgress(supervisor, cohort)).singleElement()
                .satisfies(row -> assertThat(row.figures().averageScore()).isEqualTo((double) score));
        assertThat(progress.gradebookCsv(supervisor, cohort).lines().skip(1).findFirst().orElseThrow())
                .contains("," + score + ".00,0.00,1.00,0.00,0.00,");
    }

    @Test
    void a_supervisor_can_override_one_sentence_and_the_reply_follows_the_rubric() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(cohort(supervisor));
        long attempt = submit(learner, REFLECTIVE + " " + PARTNERING);
        var graded = practice.attempt(learner, attempt).grade();
        assertThat(graded.sentences()).extracting(s -> s.move()).containsExactly(Move.REFLECTIVE, Move.PARTNERING);

        var note = reviews.overrideSentences(supervisor, attempt, List.of(Move.REFLECTIVE, Move.JUDGING),
                "That question steers them toward an answer you want.");

        assertThat(note.verdict()).isEqualTo("overridden");
        assertThat(note.supervisorMove()).isEqualTo(Move.JUDGING);
        var after = practice.attempt(learner, attempt);
        assertThat(after.grade().move()).isEqualTo(Move.JUDGING);
        assertThat(after.grade().rollUp()).contains("One judging sentence");
        assertThat(after.grade().sentences()).extracting(s -> s.move()).containsExactly(Move.REFLECTIVE, Move.JUDGING);
        assertThat(after.grade().sentences().get(1).cues()).as("the grader's cues explained its own move").isEmpty();
        assertThat(after.score()).isLessThanOrEqualTo(20);
        assertThat(after.graderGrade().move()).isEqualTo(graded.move());
    }

    @Test
    void accepting_after_an_override_shows_the_graders_grade_again() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(cohort(supervisor));
        long attempt = submit(learner, JUDGING);
        int graderScore = practice.attempt(learner, attempt).score();
        reviews.override(supervisor, attempt, Move.VALIDATING, null);

        reviews.accept(supervisor, attempt, "On a second read, the 'but' does push.");

        var after = practice.attempt(learner, attempt);
        assertThat(after.grade().move()).isEqualTo(Move.JUDGING);
        assertThat(after.score()).isEqualTo(graderScore);
        assertThat(after.reviewed()).isFalse();
    }

    @Test
    void a_sentence_review_that_misses_a_sentence_is_refused_and_changes_nothing() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = learnerIn(cohort(supervisor));
        long attempt = submit(learner, REFLECTIVE + " " + PARTNERING);

        assertThatThrownBy(() -> reviews.overrideSentences(supervisor, attempt, List.of(Move.JUDGING), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("each of the reply's 2 sentences");
        assertThat(reviews.reviewsOfAttempt(supervisor, attempt)).isEmpty();
        assertThat(practice.attempt(learner, attempt).reviewed()).isFalse();
    }

    @Test
    void the_queue_holds_judged_attempts_until_they_are_reviewed() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long cohort = cohort(supervisor);
        long learner = learnerIn(cohort);
        long judged = submit(learner, JUDGING);
        long clear = submit(learner, PARTNERING);
        assertThat(practice.attempt(learner, clear).grade().unsure()).isFalse();

        assertThat(reviews.reviewQueue(supervisor, cohort, 0, 50)).extracting(ReviewService.QueueItem::attemptId)
                .containsExactly(judged);
        assertThat(reviews.reviewQueue(supervisor, cohort, 0, 50).getFirst().reason()).isEqualTo("judging");
        assertThat(reviews.countQueue(supervisor, cohort)).isEqualTo(1);

        reviews.accept(supervisor, judged, null);

        assertThat(reviews.reviewQueue(supervisor, cohort, 0, 50)).isEmpty();
        assertThat(reviews.countQueue(supervisor, cohort)).isZero();
    }

    @Test
    void a_supervisor_cannot_review_or_queue_another_cohorts_attempts() {
        long owner = accounts.create(Role.SUPERVISOR);
        long stranger = accounts.create(Role.SUPERVISOR);
        long cohort = cohort(owner);
        long attempt = submit(learnerIn(cohort), JUDGING);

        assertThatThrownBy(() -> reviews.override(stranger, attempt, Move.REFLECTIVE, "no"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.reviewQueue(stranger, cohort, 0, 10)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reviews.accept(accounts.create(Role.LEARNER), attempt, null))
                .hasMessageContaining("may not do this");
    }

    @Test
    void agreement_gives_cohens_kappa_overall_and_per_move_from_the_latest_review_of_each_attempt() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long cohort = cohort(supervisor);
        long learner = learnerIn(cohort);
        long j = submit(learner, JUDGING);
        long v = submit(learner, VALIDATING);
        long r = submit(learner, REFLECTIVE);
        long p = submit(learner, PARTNERING);
        assertThat(java.util.List.of(j, v, r, p)).extracting(id -> practice.attempt(learner, id).grade().move())
                .containsExactly(Move.JUDGING, Move.VALIDATING, Move.REFLECTIVE, Move.PARTNERING);

        reviews.accept(supervisor, j, null);
        reviews.accept(supervisor, v, null);
        reviews.accept(supervisor, r, null);
        reviews.accept(supervisor, p, null);
        reviews.override(supervisor, p, Move.REFLECTIVE, "Reads as a question about their experience.");

        var agreement = reviews.agreement(supervisor, cohort);

        // Supervisor J1 V1 R2 P0 against grader J1 V1 R1 P1: observed 3/4, chance 4/16, kappa (0.75-0.25)/0.75.
        assertThat(agreement.reviewed()).isEqualTo(4);
        assertThat(agreement.overridden()).isEqualTo(1);
        assertThat(agreement.overrideShare()).isEqualTo(0.25);
        assertThat(agreement.kappa()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(agreement.kappaByMove().get(Move.JUDGING)).isCloseTo(1.0, within(1e-9));
        // Reflective: both yes 1, supervisor-only 1, neither 2: observed 3/4, chance 2/4*1/4 + 2/4*3/4 = 1/2.
        assertThat(agreement.kappaByMove().get(Move.REFLECTIVE)).isCloseTo(0.5, within(1e-9));
        assertThat(agreement.supervisorCounts().get(Move.REFLECTIVE)).isEqualTo(2);
    }

    @Test
    void agreement_with_no_reviews_says_so_instead_of_inventing_a_figure() {
        long supervisor = accounts.create(Role.SUPERVISOR);

        var agreement = reviews.agreement(supervisor, cohort(supervisor));

        assertThat(agreement.reviewed()).isZero();
        assertThat(agreement.kappa()).isNull();
        assertThat(agreement.overrideShare()).isNull();
    }

    @Test
    void a_comment_longer_than_the_limit_is_refused() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long attempt = submit(learnerIn(cohort(supervisor)), JUDGING);

        assertThatThrownBy(() -> reviews.accept(supervisor, attempt, "x".repeat(2001)))
                .hasMessageContaining("at most 2000 characters");
        assertThat(reviews.reviewsOfAttempt(supervisor, attempt)).isEmpty();
    }

    private final java.util.Map<Long, String> inviteCodes = new java.util.HashMap<>();

    @Test
    void a_page_of_the_queue_reads_its_sentences_in_one_batch_not_one_query_per_reply() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long cohort = cohort(supervisor);
        for (int i = 0; i < 4; i++) {
            long learner = learnerIn(cohort);
            for (int j = 0; j < 3; j++) {
                submit(learner, JUDGING + " It sounds like you're worn out.");
            }
        }
        var statistics = entityManagerFactory.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        statistics.clear();

        var page = reviews.reviewQueue(supervisor, cohort, 0, 50);

        assertThat(page).hasSize(12).allSatisfy(item -> assertThat(item.attempt().grade().sentences()).hasSize(2));
        assertThat(statistics.getPrepareStatementCount()).as("statements for a page of 12").isLessThanOrEqualTo(6);
    }

    private long cohort(long supervisor) {
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Review cohort",
                "meeting-resistance", LocalDate.now(), LocalDate.now().plusDays(30), 20));
        inviteCodes.put(cohort.id(), cohort.inviteCode());
        return cohort.id();
    }

    private long learnerIn(long cohortId) {
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, inviteCodes.get(cohortId));
        return learner;
    }

    private long submit(long learner, String reply) {
        Scenario scenario = catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
        return practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(), reply,
                AttemptMode.PRACTICE, UUID.randomUUID().toString())).attemptId();
    }
}
