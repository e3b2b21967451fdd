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
    void a_sentence_whose_most_probable_move_is_judging_makes_a_longer_kind_reply_judging() {
        var verdict = RollUp.of(List.of(WEAK_JUDGING, PARTNERING), List.of(5, 15), 0.5, 0.5);

        assertThat(RollUp.sentenceLabel(WEAK_JUDGING, 0.5)).isEqualTo(Move.JUDGING);
        assertThat(verdict.label()).isEqualTo(Move.JUDGING);
    }

    @Test
    void a_threshold_under_one_half_labels_a_sentence_judging_before_judging_is_its_most_probable_move() {
        double[] leaning = {0.35, 0.1, 0.45, 0.1};

        assertThat(RollUp.sentenceLabel(leaning, 0.5)).isEqualTo(Move.REFLECTIVE);
        assertThat(RollUp.sentenceLabel(leaning, 0.3)).isEqualTo(Move.JUDGING);
        assertThat(RollUp.of(List.of(leaning, PARTNERING), List.of(8, 8), 0.3, 0.5).label()).isEqualTo(Move.JUDGING);
        assertThat(RollUp.of(List.of(leaning, PARTNERING), List.of(8, 8), 0.5, 0.5).label()).isNotEqualTo(Move.JUDGING);
    }

    @Test
    void without_a_judging_sentence_the_reply_takes_the_move_of_most_of_its_words_whatever_the_shares() {
        double[] reflectiveJust = {0.0, 0.0, 0.51, 0.49};
        double[] partneringSure = {0.0, 0.0, 0.0, 1.0};

        var verdict = RollUp.of(List.of(reflectiveJust, reflectiveJust, partneringSure), List.of(6, 6, 10), 0.5, 0.5);

        assertThat(verdict.scores().get(Move.PARTNERING)).isGreaterThan(verdict.scores().get(Move.REFLECTIVE));
        assertThat(verdict.label()).isEqualTo(Move.REFLECTIVE);
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
    void a_single_judging_sentence_the_model_is_not_sure_of_is_labelled_judging_but_unsure() {
        var verdict = RollUp.of(List.of(WEAK_JUDGING), List.of(8), 0.5, 0.5);

        assertThat(verdict.label()).isEqualTo(Move.JUDGING);
        assertThat(verdict.unsure()).isTrue();
    }
}
