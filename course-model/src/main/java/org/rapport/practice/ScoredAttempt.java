package org.rapport.practice;

import java.time.Instant;

import org.rapport.grader.Move;

/**
 * An attempt reduced to what progress figures are computed from, and to what decides who may see it: the
 * cohort it counted toward (null: none) and whether it answered an assessment.
 */
public record ScoredAttempt(long learnerId, Long cohortId, String moduleId, String lessonId, AttemptMode mode,
                            Move label, int score, Instant submittedAt) {
}
