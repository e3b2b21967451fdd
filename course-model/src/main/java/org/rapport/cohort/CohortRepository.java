package org.rapport.cohort;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CohortRepository extends JpaRepository<Cohort, Long> {
    /** Locks the cohort row until the transaction ends, so two learners cannot take the last place at once. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.inviteCode = :code")
    Optional<Cohort> lockByInviteCode(String code);

    boolean existsByInviteCode(String code);

    Optional<Cohort> findByCreatedByIdAndSubmissionKey(long supervisorId, String submissionKey);

    @Query("select c from Cohort c join c.supervisors s where s.id = :supervisorId order by c.startsOn desc, c.id desc")
    List<Cohort> findSupervisedBy(long supervisorId);

    @Query("select e.cohort from Enrollment e where e.learner.id = :learnerId and e.status = :status "
            + "order by e.enrolledAt desc")
    List<Cohort> findJoinedBy(long learnerId, Enrollment.Status status);

    List<Cohort> findAllByOrderByStartsOnDescIdDesc();

    /** A supervisor's cohorts whose name matches a {@code like} pattern, newest first, a page at a time. */
    @Query("select c from Cohort c join c.supervisors s where s.id = :supervisorId "
            + "and lower(c.name) like :pattern escape '\\' order by c.startsOn desc, c.id desc")
    List<Cohort> findSupervisedBy(long supervisorId, String pattern, Pageable page);

    @Query("select count(c) from Cohort c join c.supervisors s where s.id = :supervisorId "
            + "and lower(c.name) like :pattern escape '\\'")
    long countSupervisedBy(long supervisorId, String pattern);

    @Query("select c from Cohort c where lower(c.name) like :pattern escape '\\' "
            + "order by c.startsOn desc, c.id desc")
    List<Cohort> findAllNamed(String pattern, Pageable page);

    @Query("select count(c) from Cohort c where lower(c.name) like :pattern escape '\\'")
    long countAllNamed(String pattern);
}
