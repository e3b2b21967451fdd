package org.rapport.progress;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KnowledgeCheckResultRepository extends JpaRepository<KnowledgeCheckResult, Long> {
    List<KnowledgeCheckResult> findByLearnerIdAndCourseIdOrderByTakenAt(long learnerId, String courseId);

    List<KnowledgeCheckResult> findByLearnerIdInAndCourseIdOrderByTakenAt(Collection<Long> learnerIds, String courseId);
}
