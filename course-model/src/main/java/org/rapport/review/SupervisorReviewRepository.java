package org.rapport.review;

import java.util.Collection;
import java.util.List;

import org.rapport.grader.Move;
import org.rapport.practice.Attempt;
import org.rapport.practice.AttemptMode;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SupervisorReviewRepository extends JpaRepository<SupervisorReview, Long> {
    String IN_QUEUE = "where a.cohortId = :cohortId "
            + "and not exists (select r.id from SupervisorReview r where r.attempt = a) "
            + "and (a.label = :judging or a.unsure = true or a.sampledForReview = true)";

    /** Unreviewed attempts of a cohort that were judged, unsure, or drawn into the random sample; oldest first. */
    @Query("select a from Attempt a join fetch a.learner " + IN_QUEUE + " order by a.submittedAt, a.id")
    List<Attempt> queue(long cohortId, Move judging, Pageable page);

    @Query("select count(a) from Attempt a " + IN_QUEUE)
    long countQueue(long cohortId, Move judging);

    /** Every review of a cohort's attempts, oldest first, so the last one per attempt wins. */
    @Query("select r from SupervisorReview r join fetch r.attempt a where a.cohortId = :cohortId "
            + "order by r.reviewedAt, r.id")
    List<SupervisorReview> inCohort(long cohortId);

    /** The latest review of every reviewed attempt, oldest review first, for the corrections export. */
    @Query("select r from SupervisorReview r join fetch r.attempt a "
            + "where r.id = (select max(r2.id) from SupervisorReview r2 where r2.attempt = a) order by r.id")
    List<SupervisorReview> latestOfEachAttempt(Pageable page);

    @Query("select r from SupervisorReview r join fetch r.reviewer where r.attempt.id in :attemptIds "
            + "order by r.reviewedAt, r.id")
    List<SupervisorReview> ofAttempts(Collection<Long> attemptIds);

    @Query("select r from SupervisorReview r join fetch r.attempt a join fetch r.reviewer "
            + "where a.learner.id = :learnerId order by r.reviewedAt desc, r.id desc")
    List<SupervisorReview> ofLearner(long learnerId, Pageable page);

    @Query("select r from SupervisorReview r join fetch r.attempt a join fetch r.reviewer "
            + "where a.learner.id = :learnerId and a.cohortId in :cohortIds order by r.reviewedAt desc, r.id desc")
    List<SupervisorReview> ofLearnerInCohorts(long learnerId, Collection<Long> cohortIds, Pageable page);

    /** A learner's reviews less those of attempts in this mode in these lessons (assessments still held). */
    @Query("select r from SupervisorReview r join fetch r.attempt a join fetch r.reviewer "
            + "where a.learner.id = :learnerId and not (a.mode = :mode and a.lessonId in :lessonIds) "
            + "order by r.reviewedAt desc, r.id desc")
    List<SupervisorReview> ofLearnerExcept(long learnerId, AttemptMode mode, Collection<String> lessonIds,
                                           Pageable page);
}
