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

    /** A reply of several sentences, each sure of its move. */
    private static GradedResponse sentences(Move replyLabel, Object... textAndMove) {
        List<GradedSentence> out = new java.util.ArrayList<>();
        int at = 0;
        for (int i = 0; i < textAndMove.length; i += 2) {
            String text = (String) textAndMove[i];
            Move move = (Move) textAndMove[i + 1];
            Map<Move, Double> p = new EnumMap<>(Move.class);
            for (Move m : Move.values()) {
                p.put(m, m == move ? 0.97 : 0.01);
            }
            out.add(new GradedSentence(text, at, at + text.length(), move, 0.97, p, List.of()));
            at += text.length() + 1;
        }
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            shares.put(m, 0.25);
        }
        return new GradedResponse(replyLabel, 0.97, false, shares, out, "rg-test");
    }

    @Test
    void the_target_move_counts_wherever_it_appears_and_the_feedback_names_its_sentence() {
        var score = ScenarioScorer.score(sentences(Move.VALIDATING,
                "You've had a rough year of it and you're tired of being told what to do.", Move.VALIDATING,
                "What would you like to happen next?", Move.PARTNERING), ScenarioTarget.of(Move.PARTNERING));

        assertThat(score.outcome()).isEqualTo(ScoreOutcome.TARGET);
        assertThat(score.feedback()).contains("\"What would you like to happen next?\"").doesNotContain("calls for you to");
    }

    @Test
    void listening_then_partnering_scores_highest() {
        ScenarioTarget partner = ScenarioTarget.of(Move.PARTNERING);
        var taught = ScenarioScorer.score(sentences(Move.REFLECTIVE,
                "You're worn out by appointments that never helped.", Move.REFLECTIVE,
                "What would you want to be different?", Move.PARTNERING), partner);
        var partnerOnly = ScenarioScorer.score(sentences(Move.PARTNERING,
                "What would you want to be different?", Move.PARTNERING), partner);
        var partnerFirst = ScenarioScorer.score(sentences(Move.REFLECTIVE,
                "What would you want to be different?", Move.PARTNERING,
                "You're worn out by appointments that never helped.", Move.REFLECTIVE), partner);

        assertThat(taught.score()).isEqualTo(100);
        assertThat(partnerOnly.score()).isLessThan(100).isGreaterThanOrEqualTo(80);
        assertThat(partnerFirst.score()).isLessThan(partnerOnly.score());
        assertThat(taught.feedback()).contains("order the course teaches");
    }

    @Test
    void judging_anywhere_caps_the_score_and_the_feedback_keeps_the_target_sentence_it_found() {
        var score = ScenarioScorer.score(sentences(Move.JUDGING,
                "It makes sense you're wary after last time.", Move.VALIDATING,
                "But honestly the research says these tablets work.", Move.JUDGING), VALIDATE_OR_REFLECT);

        assertThat(score.outcome()).isEqualTo(ScoreOutcome.JUDGING);
        assertThat(score.score()).isLessThanOrEqualTo(ScenarioScorer.JUDGING_CAP);
        assertThat(score.feedback()).contains("\"But honestly the research says these tablets work.\"")
                .contains("\"It makes sense you're wary after last time.\"").contains("keep it");
    }

    @Test
    void an_acceptable_move_without_the_target_asks_for_a_sentence_that_makes_it() {
        var score = ScenarioScorer.score(sentences(Move.REFLECTIVE,
                "You've felt pushed around by every doctor you've seen.", Move.REFLECTIVE), VALIDATE_OR_REFLECT);

        assertThat(score.outcome()).isEqualTo(ScoreOutcome.ACCEPTABLE);
        assertThat(score.feedback()).contains("add a sentence that does");
    }

    @Test
    void a_scenario_cannot_teach_or_accept_judging() {
        assertThatThrownBy(() -> ScenarioTarget.of(Move.JUDGING)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ScenarioTarget.of(Move.PARTNERING, Move.JUDGING))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
