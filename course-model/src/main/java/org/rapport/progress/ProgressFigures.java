package org.rapport.progress;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.rapport.grader.Move;
import org.rapport.practice.ScoredAttempt;

/**
 * Figures read off a run of attempts, oldest first.
 *
 * @param attempts     how many
 * @param averageScore mean score, or null with no attempts
 * @param moveShares   share of attempts whose reply was labelled each move (sums to 1 when there are attempts)
 * @param trend        mean score of the later half of the last {@value #TREND_WINDOW} attempts minus the earlier
 *                     half; null with fewer than {@value #TREND_MIN} attempts, where a trend would be noise
 */
public record ProgressFigures(int attempts, Double averageScore, Map<Move, Double> moveShares, Double trend) {
    static final int TREND_WINDOW = 10;
    static final int TREND_MIN = 4;

    public static ProgressFigures of(List<ScoredAttempt> run) {
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            shares.put(m, 0.0);
        }
        if (run.isEmpty()) {
            return new ProgressFigures(0, null, shares, null);
        }
        double sum = 0;
        for (ScoredAttempt a : run) {
            sum += a.score();
            shares.merge(a.label(), 1.0, Double::sum);
        }
        shares.replaceAll((m, n) -> n / run.size());
        return new ProgressFigures(run.size(), sum / run.size(), shares, trend(run));
    }

    private static Double trend(List<ScoredAttempt> run) {
        if (run.size() < TREND_MIN) {
            return null;
        }
        List<ScoredAttempt> window = run.subList(Math.max(0, run.size() - TREND_WINDOW), run.size());
        int half = window.size() / 2;
        return mean(window.subList(window.size() - half, window.size())) - mean(window.subList(0, half));
    }

    private static double mean(List<ScoredAttempt> attempts) {
        return attempts.stream().mapToInt(ScoredAttempt::score).average().orElse(0);
    }

    /** "rising", "steady" or "falling": a change of five points or more counts. */
    public String trendWord() {
        if (trend == null) {
            return "too few attempts";
        }
        return trend >= 5 ? "rising" : trend <= -5 ? "falling" : "steady";
    }
}
