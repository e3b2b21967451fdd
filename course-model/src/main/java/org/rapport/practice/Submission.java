package org.rapport.practice;

import java.util.Optional;

/**
 * The result of submitting a reply.
 *
 * @param attemptId the stored attempt
 * @param feedback  the feedback, or empty while an assessment holds it back
 * @param repeated  this submission had been received before (a double submit); nothing new was stored
 */
public record Submission(long attemptId, Optional<AttemptFeedback> feedback, boolean repeated) {
}
