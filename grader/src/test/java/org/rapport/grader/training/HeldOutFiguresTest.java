package org.rapport.grader.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.grader.ResponseGrader;

/**
 * The bars of the model card, read from an evaluation of the shipped model on the held-out situations.
 * If a corpus or feature change drops a figure below its bar, the build fails here.
 */
class HeldOutFiguresTest {
    static final Path CORPUS = Path.of("corpus");
    private static Evaluation heldOut;
    private static List<CorpusExample> trainingExamples;

    @BeforeAll
    static void evaluateShippedModelOnHeldOutSituations() {
        Corpus corpus = Corpus.load(List.of(CORPUS));
        Set<String> heldOutSituations = Corpus.heldOutSituations(CORPUS);
        trainingExamples = corpus.filter(heldOutSituations, false).examples();
        heldOut = Evaluation.run(ResponseGrader.loadShipped(), corpus.filter(heldOutSituations, true).examples());
    }

    @Test
    void the_shipped_model_was_trained_on_the_training_situations_only() {
        assertThat(ResponseGrader.loadShipped().modelVersion())
                .isEqualTo(Trainer.version(trainingExamples, TrainingSettings.defaults()));
    }

    @Test
    void held_out_macro_f1_is_at_least_0_90() {
        assertThat(heldOut.replies().macroF1()).as(heldOut.report()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void at_least_95_percent_of_mixed_replies_with_a_judging_sentence_are_labelled_judging() {
        assertThat(heldOut.mixedWithJudging()).isGreaterThan(30);
        assertThat(heldOut.mixedJudgingRecall()).as(heldOut.report()).isGreaterThanOrEqualTo(0.95);
    }
}
