package org.rapport.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ReviewedResponseTest {
    private static final String FIRST = "It sounds like the appointments have worn you out.";
    private static final String SECOND = "What would you want to be different, if anything?";

    /** The grader's reading: a reflection, then a question it took for judging, with a cue on "want". */
    private static GradedResponse gradedAsJudging() {
        GradedSentence reflection = sentence(FIRST, 0, Move.REFLECTIVE, List.of());
        int start = FIRST.length() + 1;
        GradedSentence question = sentence(SECOND, start, Move.JUDGING,
                List.of(new Cue("want", start + 10, start + 14, 0.4)));
        return new GradedResponse(Move.JUDGING, 0.55, false, shares(0.5, 0.0, 0.5, 0.0),
                List.of(reflection, question), "rg-test");
    }

    private static GradedSentence sentence(String text, int start, Move label, List<Cue> cues) {
        Map<Move, Double> scores = new EnumMap<>(Move.class);
        for (Move m : Move.values()) {
            scores.put(m, m == label ? 0.7 : 0.1);
        }
        return new GradedSentence(text, start, start + text.length(), label, 0.7, scores, cues);
    }

    private static Map<Move, Double> shares(double j, double v, double r, double p) {
        Map<Move, Double> shares = new EnumMap<>(Move.class);
        shares.put(Move.JUDGING, j);
        shares.put(Move.VALIDATING, v);
        shares.put(Move.REFLECTIVE, r);
        shares.put(Move.PARTNERING, p);
        return shares;
    }

    @Test
    void a_supervisor_clearing_the_only_judging_sentence_makes_the_reply_the_move_of_most_words() {
        GradedResponse reviewed = gradedAsJudging().reviewed(List.of(Move.REFLECTIVE, Move.PARTNERING));

        // 9 words reflect, 9 partner: the tie goes to the earlier sentence's move.
        assertThat(reviewed.label()).isEqualTo(Move.REFLECTIVE);
        assertThat(reviewed.sentences()).extracting(GradedSentence::label)
                .containsExactly(Move.REFLECTIVE, Move.PARTNERING);
        assertThat(reviewed.scores().get(Move.PARTNERING)).isEqualTo(0.5);
        assertThat(reviewed.confidence()).isEqualTo(1.0);
        assertThat(reviewed.unsure()).isFalse();
        assertThat(reviewed.modelVersion()).isEqualTo("rg-test");
    }

    @Test
    void a_relabelled_sentence_loses_the_cues_that_explained_the_graders_move() {
        GradedResponse reviewed = gradedAsJudging().reviewed(List.of(Move.REFLECTIVE, Move.PARTNERING));

        assertThat(reviewed.sentences().get(1).cues()).isEmpty();
    }

    @Test
    void one_sentence_a_supervisor_calls_judging_makes_the_reply_judging() {
        GradedResponse reviewed = gradedAsJudging().reviewed(List.of(Move.JUDGING, Move.PARTNERING));

        assertThat(reviewed.label()).isEqualTo(Move.JUDGING);
    }

    @Test
    void the_reviewed_reply_scores_as_the_course_teaches_listening_then_partnering() {
        ScenarioTarget partner = ScenarioTarget.of(Move.PARTNERING, Move.REFLECTIVE);

        ScenarioScore before = ScenarioScorer.score(gradedAsJudging(), partner);
        ScenarioScore after = ScenarioScorer.score(
                gradedAsJudging().reviewed(List.of(Move.REFLECTIVE, Move.PARTNERING)), partner);

        assertThat(before.outcome()).isEqualTo(ScoreOutcome.JUDGING);
        assertThat(after.outcome()).isEqualTo(ScoreOutcome.TARGET);
        assertThat(after.score()).isEqualTo(100);
    }

    @Test
    void a_review_must_give_every_sentence_a_move() {
        assertThatThrownBy(() -> gradedAsJudging().reviewed(List.of(Move.REFLECTIVE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 sentences");
    }
}
