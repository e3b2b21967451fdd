package org.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.account.AccountService;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.Course;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Question;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.PracticeService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class ProgressIT {
    @Autowired
    ProgressService progress;
    @Autowired
    ProgressReportService reports;
    @Autowired
    PracticeService practice;
    @Autowired
    CohortService cohorts;
    @Autowired
    AccountService accountService;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;

    @Test
    void completing_a_lesson_twice_keeps_the_first_completion() {
        long learner = accounts.create(Role.LEARNER);
        String lesson = course().lessons().findFirst().orElseThrow().id();

        var opened = progress.openLesson(learner, lesson);
        var first = progress.completeLesson(learner, lesson);
        var second = progress.completeLesson(learner, lesson);

        assertThat(opened.completed()).isFalse();
        assertThat(first.completed()).isTrue();
        assertThat(second.completedAt()).isEqualTo(first.completedAt());
        assertThat(reports.courseProgress(learner, learner, course().id()).lessonsDone()).isEqualTo(1);
    }

    @Test
    void imported_completions_are_dated_when_they_happened_and_an_earlier_completion_is_kept() {
        long learner = accounts.create(Role.LEARNER);
        var lessons = course().lessons().limit(3).toList();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var kept = progress.completeLesson(learner, lessons.get(0).id());
        Map<String, Instant> history = new LinkedHashMap<>();
        history.put(lessons.get(0).id(), now.minus(Duration.ofDays(9)));
        history.put(lessons.get(1).id(), now.minus(Duration.ofDays(8)));
        history.put(lessons.get(2).id(), now.minus(Duration.ofDays(2)));

        var statuses = progress.importLessonCompletions(learner, history);

        assertThat(statuses).extracting(ProgressService.LessonStatus::lessonId)
                .containsExactly(lessons.get(0).id(), lessons.get(1).id(), lessons.get(2).id());
        assertThat(statuses.get(0).completedAt().truncatedTo(ChronoUnit.MILLIS)).as("completed before; that stays")
                .isEqualTo(kept.completedAt().truncatedTo(ChronoUnit.MILLIS));
        assertThat(statuses.get(1).completedAt()).isEqualTo(now.minus(Duration.ofDays(8)));
        assertThat(statuses.get(2).completedAt()).isEqualTo(now.minus(Duration.ofDays(2)));
        assertThat(reports.courseProgress(learner, learner, course().id()).completedLessons())
                .containsExactlyInAnyOrder(lessons.get(0).id(), lessons.get(1).id(), lessons.get(2).id());
    }

    @Test
    void an_import_with_a_future_date_or_an_unknown_lesson_records_nothing() {
        long learner = accounts.create(Role.LEARNER);
        long supervisor = accounts.create(Role.SUPERVISOR);
        String lesson = course().lessons().findFirst().orElseThrow().id();
        Instant past = Instant.now().minus(Duration.ofDays(1));

        Map<String, Instant> future = new LinkedHashMap<>();
        future.put(lesson, past);
        future.put(course().lessons().skip(1).findFirst().orElseThrow().id(), Instant.now().plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> progress.importLessonCompletions(learner, future))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        Map<String, Instant> unknown = new LinkedHashMap<>();
        unknown.put(lesson, past);
        unknown.put("no-such-lesson", past);
        assertThatThrownBy(() -> progress.importLessonCompletions(learner, unknown))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-lesson");
        assertThatThrownBy(() -> progress.importLessonCompletions(supervisor, Map.of(lesson, past)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(reports.courseProgress(learner, learner, course().id()).lessonsDone()).isZero();
    }

    @Test
    void a_knowledge_check_is_scored_against_the_key_with_an_explanation_for_every_answer() {
        long learner = accounts.create(Role.LEARNER);
        Lesson lesson = course().lessons().findFirst().orElseThrow();
        Map<String, Integer> answers = new HashMap<>();
        for (Question q : lesson.check()) {
            answers.put(q.id(), q.correctOption());
        }
        Question missed = lesson.check().getFirst();
        int wrong = (missed.correctOption() + 1) % missed.options().size();
        answers.put(missed.id(), wrong);

        var outcome = progress.submitKnowledgeCheck(learner, lesson.id(), answers);

        assertThat(outcome.total()).isEqualTo(lesson.check().size());
        assertThat(outcome.correct()).isEqualTo(lesson.check().size() - 1);
        var feedback = outcome.answers().getFirst();
        assertThat(feedback.correct()).isFalse();
        assertThat(feedback.explanation()).isEqualTo(missed.options().get(wrong).explanation());
        assertThat(feedback.correctExplanation()).isEqualTo(missed.options().get(missed.correctOption()).explanation());
        var courseProgress = reports.courseProgress(learner, learner, course().id());
        assertThat(courseProgress.checkCorrect()).isEqualTo(lesson.check().size() - 1);
    }

    @Test
    void a_knowledge_check_with_a_missing_answer_a_stray_question_or_an_option_out_of_range_is_refused() {
        long learner = accounts.create(Role.LEARNER);
        Lesson lesson = course().lessons().findFirst().orElseThrow();
        Map<String, Integer> answers = new HashMap<>();
        for (Question q : lesson.check()) {
            answers.put(q.id(), 0);
        }

        Map<String, Integer> missing = new HashMap<>(answers);
        missing.remove(lesson.check().getFirst().id());
        assertThatThrownBy(() -> progress.submitKnowledgeCheck(learner, lesson.id(), missing))
                .hasMessageContaining("Answer every question");
        Map<String, Integer> stray = new HashMap<>(answers);
        stray.put("not-a-question", 0);
        assertThatThrownBy(() -> progress.submitKnowledgeCheck(learner, lesson.id(), stray))
                .hasMessageContaining("not part of this knowledge check");
        Map<String, Integer> outOfRange = new HashMap<>(answers);
        outOfRange.put(lesson.check().getFirst().id(), 99);
        assertThatThrownBy(() -> progress.submitKnowledgeCheck(learner, lesson.id(), outOfRange))
                .hasMessageContaining("Choose one of the");
        assertThatThrownBy(() -> progress.submitKnowledgeCheck(learner, "no-such-lesson", answers))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void the_cohort_grid_has_a_row_per_learner_with_lessons_attempts_average_and_move_shares() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor);
        long busy = join(cohort);
        long idle = join(cohort);
        Scenario scenario = course().scenarios().findFirst().orElseThrow();
        submit(busy, scenario, scenario.modelReply(Move.JUDGING).text());
        submit(busy, scenario, "It sounds like you've had enough of people deciding things for you.");
        progress.completeLesson(busy, course().lessons().findFirst().orElseThrow().id());

        var rows = reports.cohortProgress(supervisor, cohort.id());

        assertThat(rows).hasSize(2);
        var busyRow = rows.stream().filter(r -> r.learnerId() == busy).findFirst().orElseThrow();
        var idleRow = rows.stream().filter(r -> r.learnerId() == idle).findFirst().orElseThrow();
        assertThat(busyRow.lessonsDone()).isEqualTo(1);
        assertThat(busyRow.lessonsTotal()).isEqualTo((int) course().lessons().count());
        assertThat(busyRow.figures().attempts()).isEqualTo(2);
        assertThat(busyRow.figures().averageScore()).isNotNull();
        assertThat(busyRow.figures().moveShares().values().stream().mapToDouble(Double::doubleValue).sum())
                .isEqualTo(1.0);
        assertThat(busyRow.figures().trendWord()).isEqualTo("too few attempts");
        assertThat(idleRow.figures().attempts()).isZero();
        assertThat(idleRow.figures().averageScore()).isNull();

        var analytics = reports.cohortAnalytics(supervisor, cohort.id());
        assertThat(analytics.modules()).hasSize(course().modules().size());
        assertThat(analytics.modules().getFirst().figures().attempts()).isEqualTo(2);
        assertThat(analytics.weeks()).hasSize(1);
    }

    @Test
    void the_gradebook_csv_has_a_row_per_learner_and_keeps_names_from_running_as_formulas() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor);
        String username = "csv-" + UUID.randomUUID().toString().substring(0, 8);
        cohorts.signUpAndEnroll(username, "=HYPERLINK(\"http://x\",\"a, b\")", TestAccounts.PASSWORD,
                cohort.inviteCode());
        join(cohort);

        String csv = reports.gradebookCsv(supervisor, cohort.id());

        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("cohort,course,username,name,lessons_done");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"a, b\"\")\"");
    }

    @Test
    void nobody_sees_progress_that_is_not_theirs_to_see() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long stranger = accounts.create(Role.SUPERVISOR);
        var cohort = newCohort(supervisor);
        long learner = join(cohort);
        long otherLearner = accounts.create(Role.LEARNER);

        assertThat(reports.courseProgress(supervisor, learner, course().id()).learnerId()).isEqualTo(learner);
        assertThatThrownBy(() -> reports.courseProgress(stranger, learner, course().id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reports.courseProgress(otherLearner, learner, course().id()))
                .isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> reports.cohortProgress(stranger, cohort.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> reports.gradebookCsv(learner, cohort.id())).isInstanceOf(NotPermittedException.class);
    }

    private Course course() {
        return catalogue.course("meeting-resistance").orElseThrow();
    }

    private CohortService.CohortSummary newCohort(long supervisor) {
        return cohorts.createCohort(supervisor, new CohortService.NewCohort("Progress cohort", "meeting-resistance",
                LocalDate.now(), LocalDate.now().plusDays(30), 20));
    }

    private long join(CohortService.CohortSummary cohort) {
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        return learner;
    }

    private void submit(long learner, Scenario scenario, String reply) {
        practice.submitResponse(learner, new PracticeService.SubmitResponse(scenario.id(), reply,
                AttemptMode.PRACTICE, UUID.randomUUID().toString()));
    }
}
