package org.rapport.practice;

import org.rapport.grader.Move;

import java.time.Instant;

/**
 * What a learner sees after submitting a reply to a scenario: the grade, the score against what the scenario
 * teaches, and the model reply for the target move.
 *
 * @param grade           the move, shares, sentences and cues
 * @param score           0 to 100 against the scenario's target
 * @param outcome         target, acceptable, other_move or judging
 * @param scoreFeedback   a short note for the learner
 * @param targetMove      the move the lesson teaches here
 * @param modelReply      the authors' model reply for the target move
 * @param modelReplyWhy   why that reply makes the move
 * @param hint            the scenario's hint, for trying again
 * @param graderGrade     what the grader said, when a supervisor's review changed the grade above; else null
 */
public record AttemptFeedback(long attemptId, String scenarioId, AttemptMode mode, String reply, ReplyFeedback grade,
                              int score, String outcome, String scoreFeedback, Move targetMove, String modelReply,
                              String modelReplyWhy, String hint, String contentVersion, Instant submittedAt,
                              GraderGrade graderGrade) {

    /** The grader's own move and score, kept beside a supervisor's. */
    public record GraderGrade(Move move, int score) {
    }

    /** Whether a supervisor's review changed the grader's grade. */
    public boolean reviewed() {
        return graderGrade != null;
    }
}
