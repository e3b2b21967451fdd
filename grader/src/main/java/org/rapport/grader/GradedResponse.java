package org.rapport.grader;

import java.util.List;
import java.util.Map;

/**
 * The grader's verdict on a whole reply.
 *
 * @param label        the move the reply makes as a whole: judging if any sentence judges with enough
 *                     confidence, otherwise the move that carries most of its words
 * @param confidence   how sure the grader is of {@code label} (0..1)
 * @param unsure       true when the confidence is below the model's bar: show the label as a guess
 * @param scores       share of each move in the reply, weighted by sentence length; the four sum to 1
 * @param sentences    the per-sentence results in reading order
 * @param modelVersion the model that produced this result, so stored grades can say where they came from
 */
public record GradedResponse(Move label, double confidence, boolean unsure, Map<Move, Double> scores,
                             List<GradedSentence> sentences, String modelVersion) {
    public GradedResponse {
        scores = Scores.copyOf(scores);
        sentences = List.copyOf(sentences);
    }
}
