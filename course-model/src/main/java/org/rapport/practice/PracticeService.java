package org.rapport.practice;

import org.rapport.config.RapportProperties;

import org.rapport.refusal.InvalidInputException;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.rapport.account.Actors;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.account.UserAccount;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.course.CourseCatalogue.ScenarioPlace;
import org.rapport.course.Scenario;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;
import org.rapport.grader.ScenarioScore;
import org.rapport.grader.ScenarioScorer;
import org.rapport.paging.Pages;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Attempts at scenarios: grading and storing a learner's reply, the feedback on it (held back in assessments) and
 * the timeline of a learner's attempts. Grading a reply without storing it is {@link GradingService}'s.
 */
@Service
public class PracticeService {
    private static final String HELD = "The feedback on this assessment is held until you finish the set.";

    private final ResponseGrader grader;
    private final CourseCatalogue catalogue;
    private final AttemptRepository attempts;
    private final Actors actors;
    private final CohortService cohorts;
    private final Clock clock;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final double reviewSampleRate;
    private final SecureRandom random = new SecureRandom();

    PracticeService(ResponseGrader grader, CourseCatalogue catalogue, AttemptRepository attempts, Actors actors,
                    CohortService cohorts, Clock clock, PlatformTransactionManager transactions,
                    RapportProperties settings) {
        this.grader = grader;
        this.catalogue = catalogue;
        this.attempts = attempts;
        this.actors = actors;
        this.cohorts = cohorts;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.reviewSampleRate = settings.review().sampleRate();
    }

    /**
     * Grades a learner's reply to a scenario, stores the attempt and returns the feedback (held back in
     * assessment mode until the lesson's set is done). Submitting the same key twice stores one attempt and
     * answers both with it.
     *
     * @throws org.rapport.grader.ReplyRejectedException for an empty, oversize or non-text reply; nothing is stored
     * @throws NotFoundException for an unknown scenario
     * @throws org.rapport.refusal.NotPermittedException for a user who is not an active learner
     */
    public Submission submitResponse(long learnerId, SubmitResponse request) {
        return record(learnerId, request, clock.instant());
    }

    /**
     * Records attempts made earlier or elsewhere, graded now and dated when they were made: for demo data and for
     * bringing records over from another system. Each is checked as a submission is (an active learner, a known
     * scenario, a reply the grader accepts), none may be dated in the future, and if one is refused none is
     * stored. They are stored in one transaction: a learner's history is one write, not one round of lookups and a
     * flush per attempt.
     *
     * @return the stored attempts' ids, in the order given
     */
    public List<Long> importAttempts(long learnerId, List<ImportedAttempt> imported) {
        UserAccount learner = actors.require(learnerId, Role.LEARNER);
        Instant now = clock.instant();
        Map<String, Optional<Long>> cohortOfCourse = new HashMap<>();
        List<Attempt> made = new ArrayList<>(imported.size());
        for (ImportedAttempt attempt : imported) {
            if (attempt.submittedAt().isAfter(now)) {
                throw new InvalidInputException("An imported attempt cannot be dated in the future.");
            }
            ScenarioPlace place = catalogue.scenario(attempt.scenarioId()).orElseThrow(
                    () -> new NotFoundException("There is no scenario '" + attempt.scenarioId() + "'."));
            GradedResponse graded = grader.grade(attempt.reply(), place.scenario().client());
            ScenarioScore score = ScenarioScorer.score(graded, place.scenario().target());
            Long cohortId = cohortOfCourse.computeIfAbsent(place.courseId(), course -> cohorts.cohortFor(learnerId,
                    course)).orElse(null);
            made.add(Attempt.record(learner, cohortId, place, attempt.mode() == null ? AttemptMode.PRACTICE
                    : attempt.mode(), attempt.reply(), graded, score, UUID.randomUUID().toString(),
                    random.nextDouble() < reviewSampleRate, attempt.submittedAt()));
        }
        return writing.execute(tx -> attempts.saveAll(made).stream().map(Attempt::getId).toList());
    }

    private Submission record(long learnerId, SubmitResponse request, Instant at) {
        UserAccount learner = actors.require(learnerId, Role.LEARNER);
        Optional<Submission> earlier = previous(learnerId, request.submissionKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        ScenarioPlace place = catalogue.scenario(request.scenarioId())
                .orElseThrow(() -> new NotFoundException("There is no scenario '" + request.scenarioId() + "'."));
        AttemptMode mode = request.mode() == null ? AttemptMode.PRACTICE : request.mode();
        // Grading is pure computation: it happens before the transaction so no connection waits on it.
        GradedResponse graded = grader.grade(request.reply(), place.scenario().client());
        ScenarioScore score = ScenarioScorer.score(graded, place.scenario().target());
        Long cohortId = cohorts.cohortFor(learnerId, place.courseId()).orElse(null);
        boolean sampled = random.nextDouble() < reviewSampleRate;
        try {
            Attempt saved = writing.execute(tx -> attempts.saveAndFlush(Attempt.record(learner, cohortId, place, mode,
                    request.reply(), graded, score, request.submissionKey(), sampled, at)));
            return new Submission(saved.getId(), visibleFeedback(saved, place), false);
        } catch (DataIntegrityViolationException e) {
            // The same submission arrived twice at once and the other one was stored first.
            return previous(learnerId, request.submissionKey()).orElseThrow(() -> e);
        }
    }

    /** Feedback on one attempt, for the learner who made it or a supervisor of the cohort it counted toward. */
    @Transactional(readOnly = true)
    public AttemptFeedback attempt(long userId, long attemptId) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new NotFoundException("No attempt " + attemptId + "."));
        CohortService.WorkScope scope = cohorts.workScope(userId, attempt.getLearner().getId());
        if (!scope.covers(attempt.getCohortId())) {
            throw new NotPermittedException("This attempt was made in a cohort you do not supervise.");
        }
        if (scope.own() && held(attempt)) {
            throw new NotFoundException(HELD);
        }
        return feedback(attempt, place(attempt));
    }

    /**
     * A learner's attempts, newest first, a page at a time (for lazy grids): all of them for the learner (less
     * assessments whose feedback is still held) and an admin, those made in their cohorts for a supervisor.
     */
    @Transactional(readOnly = true)
    public List<AttemptFeedback> timeline(long userId, long learnerId, int offset, int limit) {
        CohortService.WorkScope scope = cohorts.workScope(userId, learnerId);
        Set<String> held = scope.own() ? lessonsWithHeldFeedback(learnerId) : Set.of();
        // Left out by the query, not after it, so every page is full and offsets stay true.
        return Pages.slice(offset, limit, page -> !scope.everything()
                ? attempts.timelineInCohorts(learnerId, scope.cohortIds(), page)
                : held.isEmpty() ? attempts.timeline(learnerId, page)
                : attempts.timelineExcept(learnerId, AttemptMode.ASSESSMENT, held, page))
                .stream().map(a -> feedback(a, place(a))).toList();
    }

    /**
     * The lessons whose assessment this learner has begun and not finished. Until they answer every scenario
     * of one, what the grader made of those answers is held from them (the attempt, its grade, its reviews and
     * the figures it would move), so that their supervisors, who see it at once, see unassisted skill.
     */
    @Transactional(readOnly = true)
    public Set<String> lessonsWithHeldFeedback(long learnerId) {
        Map<String, Set<String>> answered = new HashMap<>();
        for (Attempt a : attempts.findByLearnerIdAndMode(learnerId, AttemptMode.ASSESSMENT)) {
            answered.computeIfAbsent(a.getLessonId(), l -> new HashSet<>()).add(a.getScenarioId());
        }
        Set<String> held = new HashSet<>();
        answered.forEach((lessonId, scenarios) -> {
            if (!finished(lessonId, scenarios)) {
                held.add(lessonId);
            }
        });
        return held;
    }

    /** Whether the learner who made this attempt may not see what the grader made of it yet. */
    public boolean heldFromLearner(Attempt attempt) {
        return held(attempt);
    }

    /**
     * Where a learner stands in a lesson's assessment: how many of its scenarios they answered, and the
     * feedback on all of them once every one is answered.
     */
    @Transactional(readOnly = true)
    public AssessmentStatus assessment(long learnerId, String lessonId) {
        actors.require(learnerId, Role.LEARNER);
        var lesson = catalogue.lesson(lessonId)
                .orElseThrow(() -> new NotFoundException("There is no lesson '" + lessonId + "'."));
        Map<String, Attempt> latest = new LinkedHashMap<>();
        for (Attempt a : attempts.inLesson(learnerId, lessonId, AttemptMode.ASSESSMENT)) {
            latest.put(a.getScenarioId(), a);
        }
        Set<String> ids = lesson.lesson().scenarios().stream().map(Scenario::id).collect(Collectors.toSet());
        latest.keySet().retainAll(ids);
        boolean done = latest.size() == ids.size();
        List<AttemptFeedback> feedback = done
                ? latest.values().stream().map(a -> feedback(a, place(a))).toList() : List.of();
        return new AssessmentStatus(lessonId, latest.size(), ids.size(), feedback);
    }

    /** The longest reply the grader accepts, for input limits in the UI. */
    public int maxReplyLength() {
        return ResponseGrader.MAX_REPLY_CHARS;
    }

    private Optional<Submission> previous(long learnerId, String key) {
        if (key == null) {
            return Optional.empty();
        }
        return reading.execute(tx -> attempts.findByLearnerIdAndSubmissionKey(learnerId, key)
                .map(a -> new Submission(a.getId(), visibleFeedback(a, place(a)), true)));
    }

    private Optional<AttemptFeedback> visibleFeedback(Attempt attempt, ScenarioPlace place) {
        return held(attempt) ? Optional.empty() : Optional.of(feedback(attempt, place));
    }

    /** Assessment feedback stays hidden from the learner until every scenario of the lesson has an answer. */
    private boolean held(Attempt attempt) {
        if (attempt.getMode() != AttemptMode.ASSESSMENT) {
            return false;
        }
        Set<String> answered = attempts.inLesson(attempt.getLearner().getId(), attempt.getLessonId(),
                AttemptMode.ASSESSMENT).stream().map(Attempt::getScenarioId).collect(Collectors.toSet());
        return !finished(attempt.getLessonId(), answered);
    }

    /** A lesson the content no longer has holds nothing back: there is no set left to finish. */
    private boolean finished(String lessonId, Set<String> answeredScenarios) {
        return catalogue.lesson(lessonId).map(place -> answeredScenarios.containsAll(
                place.lesson().scenarios().stream().map(Scenario::id).toList())).orElse(true);
    }

    /** The scenario an attempt answered; null when the content no longer has it (the attempt stays readable). */
    private ScenarioPlace place(Attempt attempt) {
        return catalogue.scenario(attempt.getScenarioId()).orElse(null);
    }

    /**
     * Feedback on an attempt another service has already loaded and checked access to (the review queue), so a
     * page of them costs no further queries.
     */
    public AttemptFeedback feedbackOn(Attempt attempt) {
        return feedback(attempt, place(attempt));
    }

    private static AttemptFeedback feedback(Attempt a, ScenarioPlace place) {
        Scenario scenario = place == null ? null : place.scenario();
        Move target = scenario == null ? null : scenario.target().target();
        ReplyFeedback grade = ReplyFeedback.of(a);
        return new AttemptFeedback(a.getId(), a.getScenarioId(), a.getMode(), a.getReplyText(), grade,
                a.effectiveScore(), a.effectiveOutcome().name().toLowerCase(java.util.Locale.ROOT),
                a.effectiveFeedback(),
                target,
                scenario == null ? null : scenario.modelReply(target).text(),
                scenario == null ? null : scenario.modelReply(target).why(),
                scenario == null ? null : scenario.hint(), a.getContentVersion(), a.getSubmittedAt(),
                a.isReviewed() ? new AttemptFeedback.GraderGrade(a.getLabel(), a.getScore()) : null);
    }

    /** A reply to a scenario as the learner submitted it. */
    public record SubmitResponse(String scenarioId, String reply, AttemptMode mode, String submissionKey) {
    }

    /** An attempt made earlier or elsewhere, for {@link #importAttempts}; a null mode means practice. */
    public record ImportedAttempt(String scenarioId, String reply, AttemptMode mode, Instant submittedAt) {
        public ImportedAttempt {
            Objects.requireNonNull(submittedAt, "an imported attempt needs the time it was made");
        }
    }

    /** How far a learner is through a lesson's assessment; feedback only once it is complete. */
    public record AssessmentStatus(String lessonId, int answered, int total, List<AttemptFeedback> feedback) {
        public boolean complete() {
            return answered == total;
        }
    }
}
