package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RollUpTest {
    private static final double[] JUDGING = {0.8, 0.1, 0.05, 0.05};
    private static final double[] WEAK_JUDGING = {0.4, 0.3, 0.2, 0.1};
    private static final double[] VALIDATING = {0.05, 0.85, 0.05, 0.05};
    private static final double[] PARTNERING = {0.05, 0.05, 0.1, 0.8};

    @Test
    void a_reply_with_one_confident_judging_sentence_is_judging_however_kind_the_rest_is() {
        var verdict = RollUp.of(List.of(VALIDATING, VALIDATING, JUDGING), List.of(12, 12, 4), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.JUDGING);
        assertThat(verdict.confidence()).isEqualTo(0.8);
    }

    @Test
    void a_weak_judging_sentence_inside_a_longer_reply_does_not_decide_it() {
        var verdict = RollUp.of(List.of(WEAK_JUDGING, PARTNERING), List.of(5, 15), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.PARTNERING);
    }

    @Test
    void without_judging_the_move_with_most_words_wins() {
        var verdict = RollUp.of(List.of(VALIDATING, PARTNERING), List.of(4, 20), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.PARTNERING);
        assertThat(verdict.scores().get(Move.PARTNERING)).isGreaterThan(verdict.scores().get(Move.VALIDATING));
    }

    @Test
    void reply_scores_are_the_word_weighted_sentence_scores_and_sum_to_one() {
        var verdict = RollUp.of(List.of(VALIDATING, PARTNERING), List.of(10, 30), 0.5, 0.5);

        assertThat(verdict.scores().values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1.0, within(1e-9));
        assertThat(verdict.scores().get(Move.VALIDATING)).isCloseTo((10 * 0.85 + 30 * 0.05) / 40, within(1e-9));
    }

    @Test
    void a_low_confidence_verdict_is_reported_as_unsure() {
        var verdict = RollUp.of(List.of(new double[] {0.2, 0.3, 0.35, 0.15}), List.of(8), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.REFLECTIVE);
        assertThat(verdict.unsure()).isTrue();
    }

    @Test
    void a_single_judging_sentence_below_the_threshold_is_still_labelled_judging_but_unsure() {
        var verdict = RollUp.of(List.of(WEAK_JUDGING), List.of(8), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.JUDGING);
        assertThat(verdict.unsure()).isTrue();
    }
}
