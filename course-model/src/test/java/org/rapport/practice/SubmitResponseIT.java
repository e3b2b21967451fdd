package org.rapport.practice;

import org.rapport.AtOnce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.rapport.TestAccounts;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.Lesson;
import org.rapport.course.Scenario;
import org.rapport.grader.Move;
import org.rapport.grader.ReplyRejectedException;
import org.rapport.progress.ProgressReportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SubmitResponseIT {
    private static final String REFLECTION = "You're tired of being told what to do, and you want a say in this.";

    @Autowired
    PracticeService practice;
    @Autowired
    GradingService grading;
    @Autowired
    CohortService cohorts;
    @Autowired
    CourseCatalogue catalogue;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ProgressReportService progress;

    @Test
    void a_reply_is_graded_stored_with_both_versions_and_counted_toward_the_learners_cohort() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = enrolledLearner(supervisor);
        Scenario scenario = firstScenario();

        Submission submission = practice.submitResponse(learner, submit(scenario.id(), REFLECTION));

        AttemptFeedback shown = submission.feedback().orElseThrow();
        AttemptFeedback stored = practice.attempt(learner, submission.attemptId());
        assertThat(stored.grade().modelVersion()).isEqualTo(grading.modelVersion()).startsWith("rg-");
        assertThat(stored.contentVersion())
                .isEqualTo(catalogue.course("meeting-resistance").orElseThrow().contentVersion());
        assertThat(stored.reply()).isEqualTo(REFLECTION);
        assertThat(stored.grade()).isEqualTo(shown.grade());
        assertThat(stored.score()).isEqualTo(shown.score()).isBetween(0, 100);
        assertThat(stored.grade().sentences()).isNotEmpty();
        assertThat(String.join(" ", stored.grade().sentences().stream()
                .map(ReplyFeedback.SentenceFeedback::text).toList())).isEqualTo(REFLECTION);
        assertThat(stored.targetMove()).isEqualTo(scenario.target().target());
        assertThat(stored.modelReply()).isEqualTo(scenario.modelReply(scenario.target().target()).text());
        assertThat(practice.timeline(supervisor, learner, 0, 10)).extracting(AttemptFeedback::attemptId)
                .containsExactly(submission.attemptId());
    }

    @Test
    void the_same_submission_sent_twice_is_stored_once() throws Exception {
        long learner = accounts.create(Role.LEARNER);
        var request = submit(firstScenario().id(), REFLECTION);

        Submission first = practice.submitResponse(learner, request);
        Submission again = practice.submitResponse(learner, request);

        assertThat(again.attemptId()).isEqualTo(first.attemptId());
        assertThat(again.repeated()).isTrue();
        assertThat(first.repeated()).isFalse();

        var burst = submit(firstScenario().id(), "So part of you wants this to work.");
        Set<Long> ids = new HashSet<>(AtOnce.run(8, i -> practice.submitResponse(learner, burst).attemptId()));
        assertThat(ids).hasSize(1);
        assertThat(practice.timeline(learner, learner, 0, 50)).hasSize(2);
    }

    @Test
    void two_learners_submitting_at_the_same_time_lose_nothing() throws Exception {
        long ana = accounts.create(Role.LEARNER);
        long ben = accounts.create(Role.LEARNER);
        List<Scenario> scenarios = catalogue.course("meeting-resistance").orElseThrow().scenarios().limit(20).toList();

        AtOnce.run(40, i -> {
            long learner = i % 2 == 0 ? ana : ben;
            Scenario s = scenarios.get(i / 2);
            return practice.submitResponse(learner, submit(s.id(), s.modelReply(Move.REFLECTIVE).text())).attemptId();
        });

        assertThat(practice.timeline(ana, ana, 0, 100)).hasSize(20);
        assertThat(practice.timeline(ben, ben, 0, 100)).hasSize(20);
    }

    @Test
    void an_empty_an_oversize_and_a_binary_reply_are_refused_with_a_clear_message_and_nothing_is_stored() {
        long learner = accounts.create(Role.LEARNER);
        String scenario = firstScenario().id();

        assertThatThrownBy(() -> practice.submitResponse(learner, submit(scenario, "   ")))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> practice.submitResponse(learner, submit(scenario, "word ".repeat(2000))))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("the limit is 4000");
        assertThatThrownBy(() -> practice.submitResponse(learner, submit(scenario, "abc\0\1\2\3def")))
                .isInstanceOf(ReplyRejectedException.class).hasMessageContaining("does not look like text");
        assertThat(practice.timeline(learner, learner, 0, 10)).isEmpty();
    }

    @Test
    void html_in_a_reply_is_kept_as_the_text_that_was_typed() {
        long learner = accounts.create(Role.LEARNER);
        String reply = "<script>alert('x')</script> You sound worn out by all of this.";

        long id = practice.submitResponse(learner, submit(firstScenario().id(), reply)).attemptId();

        assertThat(practice.attempt(learner, id).reply()).isEqualTo(reply);
    }

    @Test
    void an_unknown_scenario_a_missing_key_and_the_wrong_role_are_refused() {
        long learner = accounts.create(Role.LEARNER);
        long supervisor = accounts.create(Role.SUPERVISOR);
        String scenario = firstScenario().id();

        assertThatThrownBy(() -> practice.submitResponse(learner, submit("no-such-scenario", REFLECTION)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-scenario");
        assertThatThrownBy(() -> practice.submitResponse(learner,
                new PracticeService.SubmitResponse(scenario, REFLECTION, AttemptMode.PRACTICE, null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submission key");
        assertThatThrownBy(() -> practice.submitResponse(supervisor, submit(scenario, REFLECTION)))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void a_learner_cannot_read_another_learners_attempts() {
        long ana = accounts.create(Role.LEARNER);
        long ben = accounts.create(Role.LEARNER);
        long id = practice.submitResponse(ana, submit(firstScenario().id(), REFLECTION)).attemptId();

        assertThatThrownBy(() -> practice.attempt(ben, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> practice.timeline(ben, ana, 0, 10)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void assessment_feedback_is_held_until_every_scenario_of_the_lesson_is_answered() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        long learner = enrolledLearner(supervisor);
        Lesson lesson = catalogue.course("meeting-resistance").orElseThrow().lessons()
                .filter(l -> l.scenarios().size() >= 3).findFirst().orElseThrow();
        List<Scenario> set = lesson.scenarios();
        List<Long> ids = new ArrayList<>();

        for (Scenario s : set.subList(0, set.size() - 1)) {
            Submission held = practice.submitResponse(learner, new PracticeService.SubmitResponse(s.id(),
                    s.modelReply(Move.VALIDATING).text(), AttemptMode.ASSESSMENT, key()));
            assertThat(held.feedback()).isEmpty();
            ids.add(held.attemptId());
        }
        assertThat(practice.assessment(learner, lesson.id()).complete()).isFalse();
        assertThat(practice.assessment(learner, lesson.id()).feedback()).isEmpty();
        assertThatThrownBy(() -> practice.attempt(learner, ids.getFirst())).hasMessageContaining("held");
        assertThat(practice.attempt(supervisor, ids.getFirst()).score()).as("the supervisor sees it at once")
                .isBetween(0, 100);

        Scenario last = set.getLast();
        Submission done = practice.submitResponse(learner, new PracticeService.SubmitResponse(last.id(),
                last.modelReply(Move.VALIDATING).text(), AttemptMode.ASSESSMENT, key()));

        assertThat(done.feedback()).isPresent();
        var status = practice.assessment(learner, lesson.id());
        assertThat(status.complete()).isTrue();
        assertThat(status.feedback()).hasSize(set.size());
        assertThat(practice.attempt(learner, ids.getFirst()).attemptId()).isEqualTo(ids.getFirst());
    }

    @Test
    void imported_attempts_are_graded_dated_when_made_and_counted_in_the_learners_cohort() {
        long supervisor = accounts.create(Role.SUPERVISOR);
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Imported cohort",
                "meeting-resistance", LocalDate.now().minusWeeks(3), LocalDate.now().plusDays(30), 50));
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        List<Scenario> scenarios = catalogue.course("meeting-resistance").orElseThrow().scenarios().limit(3).toList();
        Instant weekAgo = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofDays(7));
        List<PracticeService.ImportedAttempt> history = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario s = scenarios.get(i);
            history.add(new PracticeService.ImportedAttempt(s.id(), s.modelReply(s.target().target()).text(), null,
                    weekAgo.plus(Duration.ofHours(i))));
        }

        List<Long> ids = practice.importAttempts(learner, history);

        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        for (int i = 0; i < ids.size(); i++) {
            AttemptFeedback stored = practice.attempt(learner, ids.get(i));
            assertThat(stored.scenarioId()).isEqualTo(scenarios.get(i).id());
            assertThat(stored.reply()).isEqualTo(history.get(i).reply());
            assertThat(stored.submittedAt()).isEqualTo(history.get(i).submittedAt());
            assertThat(stored.mode()).isEqualTo(AttemptMode.PRACTICE);
            assertThat(stored.grade().sentences()).isNotEmpty();
        }
        assertThat(progress.cohortProgress(supervisor, cohort.id())).singleElement()
                .satisfies(row -> assertThat(row.figures().attempts()).isEqualTo(3));
    }

    @Test
    void an_import_with_one_refused_attempt_stores_none_of_them() {
        long learner = accounts.create(Role.LEARNER);
        long supervisor = accounts.create(Role.SUPERVISOR);
        Scenario scenario = firstScenario();
        Instant past = Instant.now().minus(Duration.ofDays(1));
        var good = new PracticeService.ImportedAttempt(scenario.id(), REFLECTION, AttemptMode.PRACTICE, past);

        assertThatThrownBy(() -> practice.importAttempts(learner, List.of(good,
                new PracticeService.ImportedAttempt(scenario.id(), REFLECTION, null,
                        Instant.now().plus(Duration.ofDays(1))))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> practice.importAttempts(learner, List.of(good,
                new PracticeService.ImportedAttempt("no-such-scenario", REFLECTION, null, past))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("no-such-scenario");
        assertThatThrownBy(() -> practice.importAttempts(learner, List.of(good,
                new PracticeService.ImportedAttempt(scenario.id(), "   ", null, past))))
                .isInstanceOf(ReplyRejectedException.class);
        assertThatThrownBy(() -> practice.importAttempts(supervisor, List.of(good)))
                .isInstanceOf(NotPermittedException.class);
        assertThat(practice.timeline(learner, learner, 0, 10)).isEmpty();
    }

    private long enrolledLearner(long supervisor) {
        var cohort = cohorts.createCohort(supervisor, new CohortService.NewCohort("Practice cohort",
                "meeting-resistance", LocalDate.now(), LocalDate.now().plusDays(30), 50));
        long learner = accounts.create(Role.LEARNER);
        cohorts.enroll(learner, cohort.inviteCode());
        return learner;
    }

    private Scenario firstScenario() {
        return catalogue.course("meeting-resistance").orElseThrow().scenarios().findFirst().orElseThrow();
    }

    private static PracticeService.SubmitResponse submit(String scenarioId, String reply) {
        return new PracticeService.SubmitResponse(scenarioId, reply, AttemptMode.PRACTICE, key());
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
