package org.rapport.grader.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.rapport.grader.ResponseGrader;

/**
 * Trains a candidate model on the corpus plus supervisors' corrections and measures it beside the model it would
 * replace, both trained the same way without anything held out: the corpus's held-out writers and situations,
 * and a fixed share of the corrections. The model that would ship is then trained on everything.
 *
 * <p>The current model is represented by its recipe (the corpus plus the corrections it was trained with), so
 * both sides are measured on the same replies, none of which either trained on.
 */
public final class CandidateTraining {
    /** Steps reported to {@code progress}, in order. */
    public static final int STEPS = 4;

    private CandidateTraining() {
    }

    /**
     * Figures on the held-out replies; what promotion compares.
     *
     * @param correctionsAgreement share of held-out corrections given the supervisor's move, or null when no
     *                             correction is held out
     */
    public record Figures(double macroF1, double judgingRecall, double mixedJudging, Double correctionsAgreement,
                          int heldOutReplies, int heldOutCorrections) {
        /** The figures on which this is lower than {@code other}, at the three decimals shown; empty if none. */
        public List<String> worseThan(Figures other) {
            List<String> worse = new ArrayList<>();
            if (lower(macroF1, other.macroF1)) {
                worse.add("macro-F1");
            }
            if (lower(judgingRecall, other.judgingRecall)) {
                worse.add("judging recall");
            }
            if (lower(mixedJudging, other.mixedJudging)) {
                worse.add("mixed replies with judging caught");
            }
            if (correctionsAgreement != null && other.correctionsAgreement != null
                    && lower(correctionsAgreement, other.correctionsAgreement)) {
                worse.add("agreement with supervisors");
            }
            return worse;
        }

        private static boolean lower(double a, double b) {
            return Math.round(a * 1000) < Math.round(b * 1000);
        }

        static Figures of(Evaluation corpus, Evaluation corrections) {
            return new Figures(corpus.replies().macroF1(), corpus.singleMoveJudgingRecall(),
                    corpus.mixedJudgingRecall(), corrections.total() == 0 ? null : corrections.replies().accuracy(),
                    corpus.total(), corrections.total());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "macro-F1 %.3f, judging recall %.3f, mixed judging %.3f%s", macroF1,
                    judgingRecall, mixedJudging, correctionsAgreement == null ? ""
                            : String.format(Locale.ROOT, ", agreement with supervisors %.3f", correctionsAgreement));
        }
    }

    /**
     * @param candidate the model trained on everything, to ship if promoted
     * @param candidateFigures its recipe measured on the held-out replies
     * @param currentFigures   the current model's recipe measured on the same replies
     */
    public record Result(Trainer.Trained candidate, Figures candidateFigures, Figures currentFigures) {
    }

    /**
     * @param corpus             the training corpus, with its held-out writers and situations
     * @param currentCorrections the corrections the current model was trained with (none for the shipped model)
     * @param corrections        the corrections the candidate adds (all of them, old and new)
     * @param heldOutCorrection  which corrections neither side trains on while being measured
     * @param progress           told the name of each of the {@value #STEPS} steps as it starts
     */
    public static Result run(Corpus corpus, HeldOut heldOut, List<CorpusExample> currentCorrections,
                             List<CorpusExample> corrections, Predicate<CorpusExample> heldOutCorrection,
                             TrainingSettings settings, Consumer<String> progress) {
        List<CorpusExample> train = corpus.heldOut(heldOut, false).examples();
        List<CorpusExample> corpusTest = corpus.heldOut(heldOut, true).examples();
        if (corpusTest.isEmpty()) {
            throw new IllegalArgumentException("The corpus holds nothing out (heldout.txt), so a candidate cannot be "
                    + "measured.");
        }
        List<CorpusExample> correctionsTest = corrections.stream().filter(heldOutCorrection).toList();

        progress.accept("Training the current model's recipe without the held-out replies");
        ResponseGrader current = Experiments.toGrader(Trainer.train(
                concat(train, currentCorrections.stream().filter(heldOutCorrection.negate()).toList()), settings));
        progress.accept("Training the candidate without the held-out replies");
        ResponseGrader candidate = Experiments.toGrader(Trainer.train(
                concat(train, corrections.stream().filter(heldOutCorrection.negate()).toList()), settings));
        progress.accept("Measuring both on the held-out replies");
        Figures currentFigures = Figures.of(Evaluation.run(current, corpusTest), Evaluation.run(current, correctionsTest));
        Figures candidateFigures = Figures.of(Evaluation.run(candidate, corpusTest),
                Evaluation.run(candidate, correctionsTest));
        progress.accept("Training the candidate on everything");
        Trainer.Trained shipped = Trainer.train(concat(corpus.examples(), corrections), settings);
        return new Result(shipped, candidateFigures, currentFigures);
    }

    private static List<CorpusExample> concat(List<CorpusExample> a, List<CorpusExample> b) {
        List<CorpusExample> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
