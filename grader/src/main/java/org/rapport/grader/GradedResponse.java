package org.rapport.grader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

    /**
     * This reply as a person read it (a supervisor's review): each sentence takes the move they gave it and the
     * reply the move the rubric's roll-up makes of those, sure (a person decided), with each move's share of
     * the words. A sentence whose move changed loses its cues: they explained the grader's move, not this one.
     *
     * @param sentenceLabels one move per sentence, in reading order
     */
    public GradedResponse reviewed(List<Move> sentenceLabels) {
        if (sentenceLabels.size() != sentences.size() || sentenceLabels.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("Give one move for each of the reply's " + sentences.size()
                    + " sentences.");
        }
        List<GradedSentence> relabelled = new ArrayList<>();
        List<Integer> words = new ArrayList<>();
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            shares.put(m, 0.0);
        }
        int allWords = 0;
        for (int i = 0; i < sentences.size(); i++) {
            GradedSentence s = sentences.get(i);
            Move move = sentenceLabels.get(i);
            Map<Move, Double> sure = new EnumMap<>(Move.class);
            for (Move m : Move.values()) {
                sure.put(m, m == move ? 1.0 : 0.0);
            }
            relabelled.add(new GradedSentence(s.text(), s.start(), s.end(), move, 1.0, sure,
                    move == s.label() ? s.cues() : List.of()));
            int n = RollUp.words(s.text());
            words.add(n);
            shares.merge(move, (double) n, Double::sum);
            allWords += n;
        }
        for (Move m : Move.values()) {
            shares.put(m, shares.get(m) / allWords);
        }
        return new GradedResponse(RollUp.replyLabel(sentenceLabels, words), 1.0, false, shares, relabelled,
                modelVersion);
    }
}
