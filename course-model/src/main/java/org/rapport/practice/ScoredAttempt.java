package org.rapport.practice;

import java.time.Instant;

import org.rapport.grader.Move;

/** An attempt reduced to what progress figures are computed from. */
public record ScoredAttempt(long learnerId, String moduleId, Move label, int score, Instant submittedAt) {
}
