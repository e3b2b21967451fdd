package org.rapport.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface LessonProgressRepository extends JpaRepository<LessonProgress, Long> {
    Optional<LessonProgress> findByLearnerIdAndLessonId(long learnerId, String lessonId);

    List<LessonProgress> findByLearnerIdAndCourseId(long learnerId, String courseId);

    List<LessonProgress> findByLearnerIdInAndCourseIdAndCompletedAtIsNotNull(Collection<Long> learnerIds,
                                                                            String courseId);
}
