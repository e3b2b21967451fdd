package org.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.ScoredAttempt;

class MoveSharesByLabelTest {

    @Test
    void shares_are_keyed_by_rubric_label_in_rubric_order() {
        ProgressFigures f = ProgressFigures.of(List.of(attempt(Move.PARTNERING), attempt(Move.JUDGING),
                attempt(Move.JUDGING), attempt(Move.JUDGING)));

        assertThat(f.sharesByLabel()).containsExactly(Map.entry("judging", 0.75),
                Map.entry("validating", 0.0), Map.entry("reflective", 0.0), Map.entry("partnering", 0.25));
    }

    @Test
    void no_attempts_give_every_move_a_zero_share() {
        assertThat(ProgressFigures.of(List.of()).sharesByLabel()).containsOnly(
                Map.entry("judging", 0.0), Map.entry("validating", 0.0), Map.entry("reflective", 0.0),
                Map.entry("partnering", 0.0));
    }

    private static ScoredAttempt attempt(Move label) {
        return new ScoredAttempt(1, null, "m", "l", AttemptMode.PRACTICE, label, 50, Instant.parse("2026-11-22T10:00:00Z"));
    }
}
