package org.rapport.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;
import org.rapport.practice.AttemptMode;
import org.rapport.practice.ScoredAttempt;

class ProgressFiguresTest {
    @Test
    void no_attempts_give_no_average_and_no_trend() {
        ProgressFigures f = ProgressFigures.of(List.of());

        assertThat(f.attempts()).isZero();
        assertThat(f.averageScore()).isNull();
        assertThat(f.trend()).isNull();
        assertThat(f.moveShares().values()).containsOnly(0.0);
    }

    @Test
    void the_trend_compares_the_later_half_of_the_last_ten_attempts_with_the_earlier_half() {
        List<ScoredAttempt> run = new ArrayList<>();
        for (int score : new int[] {0, 0, 20, 20, 20, 20, 20, 80, 80, 80, 80, 80}) {
            run.add(attempt(score, Move.REFLECTIVE));
        }

        ProgressFigures f = ProgressFigures.of(run);

        // Last ten: 20 x5 then 80 x5.
        assertThat(f.trend()).isEqualTo(60.0);
        assertThat(f.trendWord()).isEqualTo("rising");
        assertThat(f.averageScore()).isEqualTo(500.0 / 12);
    }

    @Test
    void move_shares_are_the_share_of_attempts_labelled_each_move() {
        ProgressFigures f = ProgressFigures.of(List.of(attempt(10, Move.JUDGING), attempt(90, Move.VALIDATING),
                attempt(90, Move.VALIDATING), attempt(80, Move.PARTNERING)));

        assertThat(f.moveShares().get(Move.JUDGING)).isEqualTo(0.25);
        assertThat(f.moveShares().get(Move.VALIDATING)).isEqualTo(0.5);
        assertThat(f.moveShares().get(Move.REFLECTIVE)).isZero();
        assertThat(f.trend()).isEqualTo(85.0 - 50.0);
    }

    @Test
    void fewer_than_four_attempts_have_no_trend_and_small_changes_are_steady() {
        assertThat(ProgressFigures.of(List.of(attempt(10, Move.JUDGING), attempt(90, Move.VALIDATING),
                attempt(90, Move.VALIDATING))).trendWord()).isEqualTo("too few attempts");
        assertThat(ProgressFigures.of(List.of(attempt(70, Move.REFLECTIVE), attempt(72, Move.REFLECTIVE),
                attempt(73, Move.REFLECTIVE), attempt(71, Move.REFLECTIVE))).trendWord()).isEqualTo("steady");
    }

    private static ScoredAttempt attempt(int score, Move label) {
        return new ScoredAttempt(1, null, "m", "l", AttemptMode.PRACTICE, label, score, Instant.parse("2026-11-22T10:00:00Z"));
    }
}
