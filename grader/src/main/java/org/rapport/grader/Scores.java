package org.rapport.grader;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Validation shared by the result records: a score map covers every move and sums to 1. */
final class Scores {
    private Scores() {
    }

    static Map<Move, Double> copyOf(Map<Move, Double> scores) {
        if (scores == null || scores.size() != Move.values().length) {
            throw new IllegalArgumentException("scores must give a value for each of the four moves: " + scores);
        }
        double sum = 0;
        for (double value : scores.values()) {
            if (value < 0 || value > 1 || Double.isNaN(value)) {
                throw new IllegalArgumentException("a score must lie in 0..1: " + scores);
            }
            sum += value;
        }
        if (Math.abs(sum - 1.0) > 1e-6) {
            throw new IllegalArgumentException("scores must sum to 1 but sum to " + sum);
        }
        return Collections.unmodifiableMap(new EnumMap<>(scores));
    }
}
