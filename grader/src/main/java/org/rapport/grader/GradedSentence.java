package org.rapport.grader;

import java.util.List;
import java.util.Map;

/**
 * One sentence of a reply with the move it makes.
 *
 * @param text       the sentence as written
 * @param start      offset of the sentence in the whole reply
 * @param end        offset just past the sentence in the whole reply
 * @param label      the move this sentence makes
 * @param confidence the model's probability for that move
 * @param scores     probability of each move; the four sum to 1
 * @param cues       the words that drove the label, strongest first
 */
public record GradedSentence(String text, int start, int end, Move label, double confidence,
                             Map<Move, Double> scores, List<Cue> cues) {
    public GradedSentence {
        scores = Scores.copyOf(scores);
        cues = List.copyOf(cues);
    }
}
