package org.rapport.grader;

/**
 * A reply's score against a scenario.
 *
 * @param score    0 to 100
 * @param outcome  which case the reply fell into
 * @param feedback a short, specific note for the learner
 */
public record ScenarioScore(int score, ScoreOutcome outcome, String feedback) {
    public ScenarioScore {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("score must lie in 0..100: " + score);
        }
        if (outcome == null || feedback == null || feedback.isBlank()) {
            throw new IllegalArgumentException("a score needs an outcome and feedback");
        }
    }
}
