package org.rapport.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;

class SharesByLabelTest {

    @Test
    void shares_are_keyed_by_label_in_rubric_order_with_missing_moves_at_zero() {
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        shares.put(Move.PARTNERING, 0.25);
        shares.put(Move.JUDGING, 0.75);

        Map<String, Double> labelled = PracticeService.sharesByLabel(shares);

        assertThat(labelled).containsExactly(Map.entry("judging", 0.75), Map.entry("validating", 0.0),
                Map.entry("reflective", 0.0), Map.entry("partnering", 0.25));
    }
}
