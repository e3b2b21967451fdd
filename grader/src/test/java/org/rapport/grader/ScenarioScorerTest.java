package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ScenarioScorerTest {
    private static final ScenarioTarget VALIDATE_OR_REFLECT = ScenarioTarget.of(Move.VALIDATING, Move.REFLECTIVE);

    private static GradedResponse reply(Move label, boolean unsure, double j, double v, double r, double p) {
        Map<Move, Double> scores = new EnumMap<>(Move.class);
        scores.put(Move.JUDGING, j);
        scores.put(Move.VALIDATING, v);
        scores.put(Move.REFLECTIVE, r);
        scores.put(Move.PARTNERING, p);
        List<Cue> cues = label == Move.JUDGING ? List.of(new Cue("you need to", 0, 11, 1.0)) : List.of();
        GradedSentence sentence = new GradedSentence("you need to go", 0, 14, label, 0.9, scores, cues);
        return new GradedResponse(label, 0.9, unsure, scores, List.of(sentence), "rg-test");
    }

    @Test
    void making_the_target_move_scores_high() {
        var score = ScenarioScorer.score(reply(Move.VALIDATING, false, 0.02, 0.9, 0.05, 0.03), VALIDATE_OR_REFLECT);

        assertThat(score.outcome()).isEqualTo(ScoreOutcome.TARGET);
        assertThat(score.score()).isGreaterThanOrEqualTo(80);
    }

    @Test
    void an_acceptable_move_scores_below_the_target_and_above_another_move() {
        var acceptable = ScenarioScorer.score(reply(Move.REFLECTIVE, false, 0.02, 0.05, 0.9, 0.03), VALIDATE_OR_REFLECT);
        var other = ScenarioScorer.score(reply(Move.PARTNERING, false, 0.02, 0.05, 0.03, 0.9), VALIDATE_OR_REFLECT);

        assertThat(acceptable.outcome()).isEqualTo(ScoreOutcome.ACCEPTABLE);
        assertThat(other.outcome()).isEqualTo(ScoreOutcome.OTHER_MOVE);
        assertThat(acceptable.score()).isBetween(60, 85);
        assertThat(other.score()).isLessThan(acceptable.score());
    }

    @Test
    void judging_scores_low_even_when_most_of_the_reply_makes_the_target_move() {
        var score = ScenarioScorer.score(reply(Move.JUDGING, false, 0.3, 0.7, 0.0, 0.0), VALIDATE_OR_REFLECT);

        assertThat(score.outcome()).isEqualTo(ScoreOutcome.JUDGING);
        assertThat(score.score()).isLessThanOrEqualTo(ScenarioScorer.JUDGING_CAP);
        assertThat(score.feedback()).contains("you need to");
    }

    @Test
    void an_unsure_grade_says_so_in_the_feedback() {
        var score = ScenarioScorer.score(reply(Move.VALIDATING, true, 0.1, 0.45, 0.3, 0.15), VALIDATE_OR_REFLECT);

        assertThat(score.feedback()).contains("unsure");
    }

    @Test
    void a_scenario_cannot_teach_or_accept_judging() {
        assertThatThrownBy(() -> ScenarioTarget.of(Move.JUDGING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioTarget.of(Move.PARTNERING, Move.JUDGING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
