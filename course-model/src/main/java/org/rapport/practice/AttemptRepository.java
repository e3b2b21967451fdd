package org.rapport.practice;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface AttemptRepository extends JpaRepository<Attempt, Long> {
    /** The grade figures count: a supervisor's where a review overrode the grader (see {@link Attempt}). */
    String EFFECTIVE_GRADE = "coalesce(a.reviewedLabel, a.label), coalesce(a.reviewedScore, a.score)";

    /**
     * Locks the attempt row until the transaction ends: two supervisors reviewing one reply at once (on one
     * server or two) are taken one after the other, so the reply's grade is always its latest review's.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attempt a where a.id = :id")
    Optional<Attempt> lockById(long id);

    Optional<Attempt> findByLearnerIdAndSubmissionKey(long learnerId, String submissionKey);

    @Query("select a from Attempt a where a.learner.id = :learnerId order by a.submittedAt desc, a.id desc")
    List<Attempt> timeline(long learnerId, Pageable page);

    @Query("select a from Attempt a where a.learner.id = :learnerId and a.cohortId in :cohortIds "
            + "order by a.submittedAt desc, a.id desc")
    List<Attempt> timelineInCohorts(long learnerId, Collection<Long> cohortIds, Pageable page);

    /** A learner's attempts less those in this mode in these lessons (assessments still held from them). */
    @Query("select a from Attempt a where a.learner.id = :learnerId and not (a.mode = :mode and a.lessonId in "
            + ":lessonIds) order by a.submittedAt desc, a.id desc")
    List<Attempt> timelineExcept(long learnerId, AttemptMode mode, Collection<String> lessonIds, Pageable page);

    List<Attempt> findByLearnerIdAndMode(long learnerId, AttemptMode mode);

    long countByLearnerId(long learnerId);

    @Query("select a from Attempt a where a.learner.id = :learnerId and a.lessonId = :lessonId and a.mode = :mode "
            + "order by a.submittedAt, a.id")
    List<Attempt> inLesson(long learnerId, String lessonId, AttemptMode mode);

    /** Every attempt of a cohort, oldest first, with just what progress figures need. */
    @Query("select new org.rapport.practice.ScoredAttempt(a.learner.id, a.cohortId, a.moduleId, a.lessonId, "
            + "a.mode, " + EFFECTIVE_GRADE + ", a.submittedAt) from Attempt a where a.cohortId = :cohortId "
            + "order by a.submittedAt, a.id")
    List<ScoredAttempt> scoredInCohort(long cohortId);

    /** The same for some of a cohort's learners: a page of its progress grid. */
    @Query("select new org.rapport.practice.ScoredAttempt(a.learner.id, a.cohortId, a.moduleId, a.lessonId, "
            + "a.mode, " + EFFECTIVE_GRADE + ", a.submittedAt) from Attempt a where a.cohortId = :cohortId "
            + "and a.learner.id in :learnerIds order by a.submittedAt, a.id")
    List<ScoredAttempt> scoredInCohortFor(long cohortId, Collection<Long> learnerIds);

    @Query("select new org.rapport.practice.ScoredAttempt(a.learner.id, a.cohortId, a.moduleId, a.lessonId, "
            + "a.mode, " + EFFECTIVE_GRADE + ", a.submittedAt) from Attempt a where a.learner.id = :learnerId "
            + "and a.courseId = :courseId order by a.submittedAt, a.id")
    List<ScoredAttempt> scoredForLearner(long learnerId, String courseId);

}
