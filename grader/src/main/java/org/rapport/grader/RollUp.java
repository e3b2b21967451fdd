package org.rapport.grader;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rubric's rule for a whole reply, applied to the labels the learner sees on each sentence, so the two can
 * never disagree. A sentence judges when judging is its most probable move, or when the model gives judging
 * at least the model's judging threshold (a threshold under one half leans toward catching judging, the
 * costliest miss); otherwise it makes its most probable move. The reply is judging if any sentence judges
 * (a "but" cancels the kindness before it); otherwise it takes the move of most of its words, ties going to
 * the move with the larger share.
 */
final class RollUp {
    private RollUp() {
    }

    record Verdict(Move label, double confidence, boolean unsure, Map<Move, Double> scores) {
    }

    /**
     * @param sentenceScores     per sentence, the probability of each move in {@link Move} order
     * @param sentenceWords      per sentence, its number of words
     * @param judgingThreshold   judging probability at which a sentence is labelled judging even when
     *                           another move is more probable
     * @param unsureThreshold    below this confidence the verdict is reported as unsure
     */
    static Verdict of(List<double[]> sentenceScores, List<Integer> sentenceWords, double judgingThreshold,
                      double unsureThreshold) {
        if (sentenceScores.isEmpty() || sentenceScores.size() != sentenceWords.size()) {
            throw new IllegalArgumentException("one score vector and one word count per sentence are needed");
        }
        Move[] moves = Move.values();
        double[] total = new double[moves.length];
        double[] wordsByLabel = new double[moves.length];
        double weightSum = 0;
        double sureOfSentences = 0;
        double strongestJudging = -1;
        for (int i = 0; i < sentenceScores.size(); i++) {
            double[] p = sentenceScores.get(i);
            double w = Math.max(1, sentenceWords.get(i));
            weightSum += w;
            for (int m = 0; m < moves.length; m++) {
                total[m] += w * p[m];
            }
            Move label = sentenceLabel(p, judgingThreshold);
            wordsByLabel[label.ordinal()] += w;
            sureOfSentences += w * p[label.ordinal()];
            if (label == Move.JUDGING) {
                strongestJudging = Math.max(strongestJudging, p[Move.JUDGING.ordinal()]);
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
        Move label = replyLabel(wordsByLabel, total);
        // As sure as the surest judging sentence, or as sure as the grader is of the sentences' own moves.
        double confidence = label == Move.JUDGING ? strongestJudging : sureOfSentences / weightSum;
        return new Verdict(label, confidence, confidence < unsureThreshold, scores);
    }

    /**
     * The reply's move from moves a person gave its sentences (a supervisor's review): the same rule, with
     * ties between moves of equal words going to the move of the earlier sentence.
     *
     * @param sentenceWords per sentence, its number of words
     */
    static Move replyLabel(List<Move> sentenceLabels, List<Integer> sentenceWords) {
        if (sentenceLabels.isEmpty() || sentenceLabels.size() != sentenceWords.size()) {
            throw new IllegalArgumentException("one move and one word count per sentence are needed");
        }
        Move[] moves = Move.values();
        double[] words = new double[moves.length];
        double[] earlier = new double[moves.length];
        for (int i = 0; i < sentenceLabels.size(); i++) {
            int m = sentenceLabels.get(i).ordinal();
            words[m] += Math.max(1, sentenceWords.get(i));
            earlier[m] = Math.max(earlier[m], sentenceLabels.size() - i);
        }
        return replyLabel(words, earlier);
    }

    /** Words in a sentence as a reader counts them (runs of non-space), at least one. */
    static int words(String sentence) {
        String text = sentence.strip();
        return text.isEmpty() ? 1 : text.split("\\s+").length;
    }

    /** Judging if any sentence judges; otherwise the move with most words, ties to the larger tie-break. */
    private static Move replyLabel(double[] wordsByLabel, double[] tieBreak) {
        if (wordsByLabel[Move.JUDGING.ordinal()] > 0) {
            return Move.JUDGING;
        }
        int best = -1;
        for (int m = 0; m < wordsByLabel.length; m++) {
            if (wordsByLabel[m] > 0 && (best < 0 || wordsByLabel[m] > wordsByLabel[best]
                    || wordsByLabel[m] == wordsByLabel[best] && tieBreak[m] > tieBreak[best])) {
                best = m;
            }
        }
        return Move.values()[best];
    }

    /** Judging when it is the most probable move or reaches the threshold, otherwise the most probable move. */
    static Move sentenceLabel(double[] p, double judgingThreshold) {
        int best = argmax(p);
        return p[Move.JUDGING.ordinal()] >= judgingThreshold ? Move.JUDGING : Move.values()[best];
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
