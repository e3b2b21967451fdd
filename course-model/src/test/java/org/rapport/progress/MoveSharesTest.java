package org.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.ScoredAttempt;

class MoveSharesTest {

    @Test
    void shares_are_keyed_by_move_in_rubric_order() {
        ProgressFigures f = ProgressFigures.of(List.of(attempt(Move.PARTNERING), attempt(Move.JUDGING),
                attempt(Move.JUDGING), attempt(Move.JUDGING)));

        assertThat(f.moveShares()).containsExactly(Map.entry(Move.JUDGING, 0.75),
                Map.entry(Move.VALIDATING, 0.0), Map.entry(Move.REFLECTIVE, 0.0), Map.entry(Move.PARTNERING, 0.25));
    }

    @Test
    void no_attempts_give_every_move_a_zero_share() {
        assertThat(ProgressFigures.of(List.of()).moveShares()).containsOnly(
                Map.entry(Move.JUDGING, 0.0), Map.entry(Move.VALIDATING, 0.0), Map.entry(Move.REFLECTIVE, 0.0),
                Map.entry(Move.PARTNERING, 0.0));
    }

    private static ScoredAttempt attempt(Move label) {
        return new ScoredAttempt(1, null, "m", "l", AttemptMode.PRACTICE, label, 50, Instant.parse("2026-11-22T10:00:00Z"));
    }
}
