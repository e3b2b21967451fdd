package org.rapport.progress;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A learner's progress through one lesson: started when first opened, completed once. */
@Entity
public class LessonProgress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long learnerId;
    private String courseId;
    private String lessonId;
    private Instant startedAt;
    private Instant completedAt;

    protected LessonProgress() {
    }

    static LessonProgress start(long learnerId, String courseId, String lessonId, Instant now) {
        LessonProgress p = new LessonProgress();
        p.learnerId = learnerId;
        p.courseId = courseId;
        p.lessonId = lessonId;
        p.startedAt = now;
        return p;
    }

    /** Completing twice keeps the first completion time. */
    void complete(Instant now) {
        if (completedAt == null) {
            completedAt = now;
        }
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    public long getLearnerId() {
        return learnerId;
    }

    public String getCourseId() {
        return courseId;
    }

    public String getLessonId() {
        return lessonId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }
}
