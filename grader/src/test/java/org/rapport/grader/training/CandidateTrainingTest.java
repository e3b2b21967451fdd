package org.rapport.grader.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;

class CandidateTrainingTest {
    private static final CandidateTraining.Figures CURRENT =
            new CandidateTraining.Figures(0.880, 0.920, 0.950, 0.800, 1000, 50);

    @Test
    void a_candidate_lower_on_any_held_out_figure_is_worse_and_the_figures_are_named() {
        var lowerRecall = new CandidateTraining.Figures(0.890, 0.910, 0.950, 0.850, 1000, 50);

        assertThat(lowerRecall.worseThan(CURRENT)).containsExactly("judging recall");
        assertThat(CURRENT.worseThan(lowerRecall)).containsExactly("macro-F1", "agreement with supervisors");
    }

    @Test
    void differences_below_the_third_decimal_shown_do_not_count_and_missing_agreement_is_not_compared() {
        var same = new CandidateTraining.Figures(0.8799, 0.9201, 0.950, null, 1000, 0);

        assertThat(same.worseThan(CURRENT)).isEmpty();
    }

    @Test
    void a_correction_changes_the_candidate_and_both_sides_are_measured_on_the_same_held_out_replies() {
        // A small corpus keeps the test quick: every fifth reply, held-out writers and situations included.
        Corpus full = Corpus.load(List.of(HeldOutFiguresTest.CORPUS));
        List<CorpusExample> some = IntStream.range(0, full.examples().size()).filter(i -> i % 5 == 0)
                .mapToObj(full.examples()::get).toList();
        Corpus corpus = Corpus.of(some);
        HeldOut heldOut = HeldOut.read(HeldOutFiguresTest.CORPUS);
        String reply = "Have you thought about how your kids see all this?";
        List<CorpusExample> corrections = new ArrayList<>(Collections.nCopies(30, new CorpusExample("scenario-1",
                "attempt", "I'm fine. I don't need any of this.", reply, Move.JUDGING, List.of(Move.JUDGING), "learner",
                null)));
        List<String> steps = new ArrayList<>();

        var result = CandidateTraining.run(corpus, heldOut, List.of(), corrections, e -> false,
                TrainingSettings.defaults(), steps::add);
        ResponseGrader without = Experiments.toGrader(Trainer.train(corpus.examples(), TrainingSettings.defaults()));
        ResponseGrader with = Experiments.toGrader(result.candidate());

        assertThat(steps).hasSize(CandidateTraining.STEPS);
        assertThat(with.modelVersion()).isNotEqualTo(without.modelVersion());
        assertThat(with.grade(reply, null).scores().get(Move.JUDGING))
                .as("the supervisors' reading of this reply pulls the candidate toward it")
                .isGreaterThan(without.grade(reply, null).scores().get(Move.JUDGING));
        assertThat(result.candidateFigures().heldOutReplies()).isEqualTo(result.currentFigures().heldOutReplies())
                .isEqualTo((int) some.stream().filter(heldOut::contains).count());
        assertThat(result.candidateFigures().correctionsAgreement()).as("none held out").isNull();
    }
}
