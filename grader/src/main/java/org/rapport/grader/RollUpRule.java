package org.rapport.grader;

import java.util.List;

/**
 * The rubric's rule for a whole reply, said in one plain line beside the label, so a learner who sees a
 * judging label next to mostly kind sentences knows why.
 */
public final class RollUpRule {
    private RollUpRule() {
    }

    /**
     * @param replyLabel     the label of the whole reply
     * @param sentenceLabels the label of each sentence, in order
     */
    public static String explain(Move replyLabel, List<Move> sentenceLabels) {
        if (sentenceLabels.size() <= 1) {
            return "The reply is one sentence, so it makes that sentence's move.";
        }
        if (replyLabel == Move.JUDGING) {
            long judging = sentenceLabels.stream().filter(m -> m == Move.JUDGING).count();
            return judging == sentenceLabels.size()
                    ? "Every sentence judges, so the reply is judging."
                    : "One judging sentence makes the whole reply judging, however kind the rest is.";
        }
        return sentenceLabels.stream().distinct().count() == 1
                ? "Every sentence makes the same move, so the reply does too."
                : "No sentence judges, so the reply takes the move of most of its words: " + replyLabel.label() + ".";
    }
}
