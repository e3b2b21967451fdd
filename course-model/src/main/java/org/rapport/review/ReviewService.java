package org.rapport.review;

import org.rapport.refusal.InvalidInputException;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.rapport.account.Actors;
import org.rapport.refusal.NotFoundException;
import org.rapport.refusal.NotPermittedException;
import org.rapport.account.Role;
import org.rapport.account.UserAccount;
import org.rapport.cohort.CohortService;
import org.rapport.course.CourseCatalogue;
import org.rapport.grader.Move;
import org.rapport.grader.ScenarioTarget;
import org.rapport.grader.Agreement;
import org.rapport.paging.Pages;
import org.rapport.practice.Attempt;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.AttemptRepository;
import org.rapport.practice.PracticeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors checking the grader: a queue of attempts worth a human look, accepting or overriding the move
 * with a comment the learner sees, and how far supervisors and grader agree.
 */
@Service
@Transactional
public class ReviewService {
    private final SupervisorReviewRepository reviews;
    private final AttemptRepository attempts;
    private final CohortService cohorts;
    private final PracticeService practice;
    private final CourseCatalogue catalogue;
    private final Actors actors;
    private final Clock clock;

    ReviewService(SupervisorReviewRepository reviews, AttemptRepository attempts, CohortService cohorts,
                  PracticeService practice, CourseCatalogue catalogue, Actors actors, Clock clock) {
        this.reviews = reviews;
        this.attempts = attempts;
        this.cohorts = cohorts;
        this.practice = practice;
        this.catalogue = catalogue;
        this.actors = actors;
        this.clock = clock;
    }

    /** A page of the queue: unreviewed attempts labelled judging, graded unsure, or sampled at random. */
    @Transactional(readOnly = true)
    public List<QueueItem> reviewQueue(long supervisorId, long cohortId, int offset, int limit) {
        cohorts.requireSupervised(supervisorId, cohortId);
        List<Attempt> page = Pages.slice(offset, limit, p -> reviews.queue(cohortId, Move.JUDGING, p));
        List<QueueItem> items = new ArrayList<>();
        for (Attempt a : page) {
            String client = catalogue.scenario(a.getScenarioId()).map(p -> p.scenario().client()).orElse(null);
            String reason = a.getLabel() == Move.JUDGING ? "judging" : a.isUnsure() ? "unsure" : "sample";
            items.add(new QueueItem(a.getId(), a.getLearner().getId(), a.getLearner().getDisplayName(),
                    a.getScenarioId(), client, reason, practice.feedbackOn(a), a.getSubmittedAt()));
        }
        return items;
    }

    @Transactional(readOnly = true)
    public long countQueue(long supervisorId, long cohortId) {
        cohorts.requireSupervised(supervisorId, cohortId);
        return reviews.countQueue(cohortId, Move.JUDGING);
    }

    /** Keeps the grader's move. */
    public ReviewNote accept(long supervisorId, long attemptId, String comment) {
        Attempt attempt = reviewable(supervisorId, attemptId);
        UserAccount reviewer = actors.require(supervisorId, Role.SUPERVISOR, Role.ADMIN);
        return ReviewNote.of(reviews.save(SupervisorReview.accept(attempt, reviewer, comment, clock.instant())));
    }

    /**
     * Gives the whole reply the move the supervisor reads in it: every sentence takes that move, and the attempt's
     * grade is rescored from them (to keep some sentences' moves, use {@link #overrideSentences}). The grader's
     * grade stays stored beside it.
     */
    public ReviewNote override(long supervisorId, long attemptId, Move label, String comment) {
        if (label == null) {
            throw new InvalidInputException("Choose the move you would give this reply.");
        }
        Attempt attempt = reviewable(supervisorId, attemptId);
        // The grader's own label for the whole reply is an acceptance: its sentences keep the grader's moves.
        List<Move> sentenceLabels = label == attempt.getLabel()
                ? attempt.graderSentenceLabels()
                : Collections.nCopies(attempt.getSentences().size(), label);
        return review(supervisorId, attempt, sentenceLabels, comment);
    }

    /** Gives each sentence the move the supervisor reads in it; the reply's move and score follow from them. */
    public ReviewNote overrideSentences(long supervisorId, long attemptId, List<Move> sentenceLabels, String comment) {
        return review(supervisorId, reviewable(supervisorId, attemptId), sentenceLabels, comment);
    }

    private ReviewNote review(long supervisorId, Attempt attempt, List<Move> sentenceLabels, String comment) {
        UserAccount reviewer = actors.require(supervisorId, Role.SUPERVISOR, Role.ADMIN);
        ScenarioTarget target = catalogue.scenario(attempt.getScenarioId()).map(p -> p.scenario().target())
                .orElse(null);
        return ReviewNote.of(reviews.save(SupervisorReview.override(attempt, reviewer, sentenceLabels, target, comment,
                clock.instant())));
    }

    /**
     * The reviews of a learner's attempts, newest first: for the learner, less those of assessments whose
     * feedback is still held; for a supervisor, those of attempts made in the cohorts they supervise.
     */
    @Transactional(readOnly = true)
    public List<ReviewNote> reviewsOfLearner(long userId, long learnerId, int offset, int limit) {
        CohortService.WorkScope scope = cohorts.workScope(userId, learnerId);
        Set<String> held = scope.own() ? practice.lessonsWithHeldFeedback(learnerId) : Set.of();
        return Pages.slice(offset, limit, page -> !scope.everything()
                ? reviews.ofLearnerInCohorts(learnerId, scope.cohortIds(), page)
                : held.isEmpty() ? reviews.ofLearner(learnerId, page)
                : reviews.ofLearnerExcept(learnerId, AttemptMode.ASSESSMENT, held, page))
                .stream().map(ReviewNote::of).toList();
    }

    /** The reviews of one attempt, oldest first; the last one counts. */
    @Transactional(readOnly = true)
    public List<ReviewNote> reviewsOfAttempt(long userId, long attemptId) {
        Attempt attempt = attempts.findById(attemptId)
                .orElseThrow(() -> new NotFoundException("No attempt " + attemptId + "."));
        CohortService.WorkScope scope = cohorts.workScope(userId, attempt.getLearner().getId());
        if (!scope.covers(attempt.getCohortId())) {
            throw new NotPermittedException("This attempt was made in a cohort you do not supervise.");
        }
        if (scope.own() && practice.heldFromLearner(attempt)) {
            return List.of();
        }
        return reviews.ofAttempts(List.of(attemptId)).stream().map(ReviewNote::of).toList();
    }

    /**
     * How far supervisors agree with the grader on a cohort's reviewed attempts (the latest review of each).
     * The queue over-samples judging and unsure replies, so these figures describe the hard cases more than
     * all replies.
     */
    @Transactional(readOnly = true)
    public AgreementSummary agreement(long supervisorId, long cohortId) {
        cohorts.requireSupervised(supervisorId, cohortId);
        Map<Long, SupervisorReview> latest = new LinkedHashMap<>();
        for (SupervisorReview r : reviews.inCohort(cohortId)) {
            latest.put(r.getAttempt().getId(), r);
        }
        Agreement agreement = new Agreement();
        int overridden = 0;
        for (SupervisorReview r : latest.values()) {
            agreement.add(r.getLabel(), r.getAttempt().getLabel());
            if (r.getVerdict() == SupervisorReview.Verdict.OVERRIDDEN) {
                overridden++;
            }
        }
        int n = latest.size();
        Map<Move, Double> kappaByMove = new EnumMap<>(Move.class);
        Map<Move, Integer> supervisorCounts = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            kappaByMove.put(m, n == 0 ? null : agreement.kappa(m));
            int count = 0;
            for (Move predicted : Move.values()) {
                count += agreement.count(m, predicted);
            }
            supervisorCounts.put(m, count);
        }
        return new AgreementSummary(cohortId, n, overridden, n == 0 ? null : (double) overridden / n,
                n == 0 ? null : agreement.kappa(), kappaByMove, supervisorCounts);
    }

    private Attempt reviewable(long supervisorId, long attemptId) {
        Attempt attempt = attempts.lockById(attemptId)
                .orElseThrow(() -> new NotFoundException("No attempt " + attemptId + "."));
        if (attempt.getCohortId() == null) {
            throw new NotFoundException("Attempt " + attemptId + " was made outside any cohort; nobody reviews it.");
        }
        cohorts.requireSupervised(supervisorId, attempt.getCohortId());
        return attempt;
    }

    /** An attempt waiting for review, with its reply, sentence highlights and why it is in the queue. */
    public record QueueItem(long attemptId, long learnerId, String learnerName, String scenarioId, String clientSaid,
                            String reason, org.rapport.practice.AttemptFeedback attempt, Instant submittedAt) {
    }

    /** A review as the learner and the supervisor see it. */
    public record ReviewNote(long reviewId, long attemptId, Move graderMove, Move supervisorMove, String verdict,
                             String comment, String reviewerName, Instant reviewedAt) {
        static ReviewNote of(SupervisorReview r) {
            return new ReviewNote(r.getId(), r.getAttempt().getId(), r.getAttempt().getLabel(), r.getLabel(), r.getVerdict().name().toLowerCase(java.util.Locale.ROOT), r.getComment(),
                    r.getReviewer().getDisplayName(), r.getReviewedAt());
        }
    }

    /**
     * @param overrideShare     share of reviewed attempts whose move the supervisor changed
     * @param kappa             Cohen's kappa between supervisors and grader over the four moves
     * @param kappaByMove       kappa for each move against the rest
     * @param supervisorCounts  how many reviewed attempts the supervisors gave each move
     */
    public record AgreementSummary(long cohortId, int reviewed, int overridden, Double overrideShare, Double kappa,
                                   Map<Move, Double> kappaByMove, Map<Move, Integer> supervisorCounts) {
    }
}
