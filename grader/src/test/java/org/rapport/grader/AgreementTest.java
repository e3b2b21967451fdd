package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AgreementTest {
    private static Agreement textbookExample() {
        // 50 items, observed agreement 0.70, chance agreement 0.50, so kappa 0.40.
        Agreement a = new Agreement();
        for (int i = 0; i < 20; i++) {
            a.add(Move.JUDGING, Move.JUDGING);
        }
        for (int i = 0; i < 5; i++) {
            a.add(Move.JUDGING, Move.VALIDATING);
        }
        for (int i = 0; i < 10; i++) {
            a.add(Move.VALIDATING, Move.JUDGING);
        }
        for (int i = 0; i < 15; i++) {
            a.add(Move.VALIDATING, Move.VALIDATING);
        }
        return a;
    }

    @Test
    void kappa_is_agreement_beyond_chance() {
        assertThat(textbookExample().accuracy()).isCloseTo(0.70, within(1e-12));
        assertThat(textbookExample().kappa()).isCloseTo(0.40, within(1e-12));
    }

    @Test
    void per_move_figures_follow_the_confusion_matrix() {
        Agreement a = textbookExample();

        assertThat(a.precision(Move.JUDGING)).isCloseTo(20.0 / 30, within(1e-12));
        assertThat(a.recall(Move.JUDGING)).isCloseTo(20.0 / 25, within(1e-12));
        assertThat(a.kappa(Move.JUDGING)).isCloseTo(0.40, within(1e-12));
        assertThat(a.macroF1()).isCloseTo((a.f1(Move.JUDGING) + a.f1(Move.VALIDATING)) / 2, within(1e-12));
    }

    @Test
    void perfect_agreement_has_kappa_one_and_no_data_has_zero() {
        Agreement a = new Agreement();
        a.add(Move.PARTNERING, Move.PARTNERING);
        a.add(Move.REFLECTIVE, Move.REFLECTIVE);

        assertThat(a.kappa()).isEqualTo(1.0);
        assertThat(new Agreement().kappa()).isZero();
    }
}
