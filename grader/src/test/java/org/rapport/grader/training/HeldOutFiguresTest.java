package org.rapport.grader.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.grader.ResponseGrader;

/**
 * The bars of the model card, read from the evaluation model (trained by the build without the held-out
 * writers and situations) on the replies it never saw. If a corpus or feature change drops a figure below its
 * bar, the build fails here. The shipped model is trained on everything, after this measurement.
 */
class HeldOutFiguresTest {
    static final Path CORPUS = Path.of("corpus");
    static final Path EVALUATION_MODEL = Path.of("target", "evaluation", "rapport-grader.model");
    private static Corpus corpus;
    private static HeldOut split;
    private static ResponseGrader evaluationModel;
    private static Evaluation heldOut;

    @BeforeAll
    static void evaluateOnHeldOutWritersAndSituations() throws Exception {
        corpus = Corpus.load(List.of(CORPUS));
        split = HeldOut.read(CORPUS);
        evaluationModel = ResponseGrader.load(EVALUATION_MODEL);
        heldOut = Evaluation.run(evaluationModel, corpus.heldOut(split, true).examples());
    }

    @Test
    void the_evaluation_model_never_saw_a_held_out_writer_or_situation() {
        assertThat(evaluationModel.modelVersion())
                .isEqualTo(Trainer.version(corpus.heldOut(split, false).examples(), TrainingSettings.defaults()));
    }

    @Test
    void the_shipped_model_was_trained_on_every_reply() {
        assertThat(ResponseGrader.loadShipped().modelVersion())
                .isEqualTo(Trainer.version(corpus.examples(), TrainingSettings.defaults()));
    }

    /**
     * The aim is 0.90; measured 0.886 on 2026-12-04 (docs/grader.md). The floor guards what was measured
     * instead of claiming the aim.
     */
    @Test
    void held_out_macro_f1_is_at_least_0_88() {
        assertThat(heldOut.replies().macroF1()).as(heldOut.report()).isGreaterThanOrEqualTo(0.88);
    }

    @Test
    void at_least_90_percent_of_single_move_judging_replies_are_labelled_judging() {
        assertThat(heldOut.singleMoveJudgingRecall()).as(heldOut.report()).isGreaterThanOrEqualTo(0.90);
    }

    /** The aim is 97%; measured 95.2% (377 of 396) on 2026-12-04. The floor guards what was measured. */
    @Test
    void at_least_94_percent_of_mixed_replies_with_a_judging_sentence_are_labelled_judging() {
        assertThat(heldOut.mixedWithJudging()).isGreaterThan(300);
        assertThat(heldOut.mixedJudgingRecall()).as(heldOut.report()).isGreaterThanOrEqualTo(0.94);
    }
}
