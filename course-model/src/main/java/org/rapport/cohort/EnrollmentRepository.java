package org.rapport.cohort;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EnrollmentRepository extends JpaRepository<Enrollment, Long> {
    boolean existsByCohortIdAndLearnerId(long cohortId, long learnerId);

    @Query("select e from Enrollment e join fetch e.learner where e.cohort.id = :cohortId "
            + "order by e.learner.displayName, e.id")
    List<Enrollment> roster(long cohortId);

    @Query("select e from Enrollment e join fetch e.learner where e.cohort.id = :cohortId "
            + "order by e.learner.displayName, e.id")
    List<Enrollment> roster(long cohortId, Pageable page);

    long countByCohortId(long cohortId);

    @Query("select e from Enrollment e join fetch e.learner where e.cohort.id = :cohortId and e.learner.id = :learnerId")
    java.util.Optional<Enrollment> ofLearner(long cohortId, long learnerId);

    @Query("select e.cohort.id from Enrollment e where e.learner.id = :learnerId and e.cohort.courseId = :courseId "
            + "and e.status = :status order by e.enrolledAt desc")
    List<Long> cohortIds(long learnerId, String courseId, Enrollment.Status status);
}
