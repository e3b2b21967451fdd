package org.rapport.grader;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric's rule for a whole reply: judging if any sentence judges with enough confidence (a "but"
 * cancels the kindness before it); otherwise the move that carries most of the reply, each sentence
 * weighted by its number of words.
 */
final class RollUp {
    private RollUp() {
    }

    record Verdict(Move label, double confidence, boolean unsure, Map<Move, Double> scores) {
    }

    /**
     * @param sentenceScores     per sentence, the probability of each move in {@link Move} order
     * @param sentenceWords      per sentence, its number of words
     * @param judgingThreshold   how sure the model must be that a sentence judges before it decides the reply
     * @param unsureThreshold    below this confidence the verdict is reported as unsure
     */
    static Verdict of(List<double[]> sentenceScores, List<Integer> sentenceWords, double judgingThreshold,
                      double unsureThreshold) {
        if (sentenceScores.isEmpty() || sentenceScores.size() != sentenceWords.size()) {
            throw new IllegalArgumentException("one score vector and one word count per sentence are needed");
        }
        Move[] moves = Move.values();
        double[] total = new double[moves.length];
        double weightSum = 0;
        double strongestJudging = -1;
        for (int i = 0; i < sentenceScores.size(); i++) {
            double[] p = sentenceScores.get(i);
            double w = Math.max(1, sentenceWords.get(i));
            weightSum += w;
            for (int m = 0; m < moves.length; m++) {
                total[m] += w * p[m];
            }
            int best = argmax(p);
            double judging = p[Move.JUDGING.ordinal()];
            if (best == Move.JUDGING.ordinal() && judging >= judgingThreshold) {
                strongestJudging = Math.max(strongestJudging, judging);
            }
        }
        Map<Move, Double> scores = new EnumMap<>(Move.class);
        double check = 0;
        for (int m = 0; m < moves.length; m++) {
            total[m] /= weightSum;
            check += total[m];
        }
        for (int m = 0; m < moves.length; m++) {
            // Renormalize so rounding in the weights never leaves the four a hair away from 1.
            scores.put(moves[m], total[m] / check);
        }
        Move label;
        double confidence;
        if (strongestJudging >= 0) {
            label = Move.JUDGING;
            confidence = strongestJudging;
        } else {
            int best = argmax(total);
            label = moves[best];
            confidence = scores.get(label);
        }
        return new Verdict(label, confidence, confidence < unsureThreshold, scores);
    }

    static int argmax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
