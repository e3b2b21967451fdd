package org.rapport.grader.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.rapport.grader.Agreement;
import org.rapport.grader.GradedResponse;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;

/**
 * Grades labelled replies and compares with their labels, at the level of whole replies (what a learner is
 * told) and of sentences (where the corpus lists each sentence's move and the split agrees), and says how
 * far the grader's confidence can be trusted.
 *
 * @param graded every reply with what the grader said of it, in the order given
 */
public record Evaluation(List<Graded> graded) {
    /** Bins of the reliability table and of the expected calibration error. */
    static final int CALIBRATION_BINS = 10;

    /**
     * One labelled reply and the grader's verdict on it.
     *
     * @param example        the labelled reply
     * @param predicted      the grader's label for the whole reply
     * @param confidence     its confidence in that label
     * @param unsure         whether the verdict was flagged unsure
     * @param sentenceLabels the grader's label of each sentence
     */
    public record Graded(CorpusExample example, Move predicted, double confidence, boolean unsure,
                         List<Move> sentenceLabels) {
        public boolean correct() {
            return predicted == example.label();
        }
    }

    public Evaluation {
        graded = List.copyOf(graded);
    }

    public static Evaluation run(ResponseGrader grader, List<CorpusExample> examples) {
        List<Graded> out = new ArrayList<>(examples.size());
        for (CorpusExample e : examples) {
            GradedResponse result = grader.grade(e.response(), e.prompt());
            out.add(new Graded(e, result.label(), result.confidence(), result.unsure(),
                    result.sentences().stream().map(s -> s.label()).toList()));
        }
        return new Evaluation(out);
    }

    /** The same evaluation restricted to some of the replies (a part of a split, one writer, ...). */
    public Evaluation only(Predicate<CorpusExample> keep) {
        return new Evaluation(graded.stream().filter(g -> keep.test(g.example())).toList());
    }

    /** Reply-level agreement: what a learner is told. */
    public Agreement replies() {
        Agreement a = new Agreement();
        graded.forEach(g -> a.add(g.example().label(), g.predicted()));
        return a;
    }

    /** Sentence-level agreement, over the replies whose sentences line up with the moves listed for them. */
    public Agreement sentences() {
        Agreement a = new Agreement();
        for (Graded g : graded) {
            List<Move> moves = g.example().moves();
            if (moves.size() == g.sentenceLabels().size()) {
                for (int i = 0; i < moves.size(); i++) {
                    a.add(moves.get(i), g.sentenceLabels().get(i));
                }
            } else if (moves.isEmpty() && g.sentenceLabels().size() == 1) {
                a.add(g.example().label(), g.sentenceLabels().get(0));
            }
        }
        return a;
    }

    public int total() {
        return graded.size();
    }

    /** Mixed replies that contain a judging sentence. */
    public int mixedWithJudging() {
        return (int) graded.stream().filter(Evaluation::mixedWithJudging).count();
    }

    /** Of the mixed replies with a judging sentence, how many the grader labelled judging. */
    public int mixedJudgingCaught() {
        return (int) graded.stream().filter(Evaluation::mixedWithJudging).filter(g -> g.predicted() == Move.JUDGING).count();
    }

    public double mixedJudgingRecall() {
        int n = mixedWithJudging();
        return n == 0 ? 1 : (double) mixedJudgingCaught() / n;
    }

    /** Recall of judging over replies whose every sentence judges: a judging reply told it did well. */
    public double singleMoveJudgingRecall() {
        List<Graded> judging = graded.stream().filter(g -> g.example().label() == Move.JUDGING && !g.example().mixed()).toList();
        return judging.isEmpty() ? 1
                : (double) judging.stream().filter(g -> g.predicted() == Move.JUDGING).count() / judging.size();
    }

    /** Macro-F1 over the replies whose sentences all make one move. */
    public double singleMoveMacroF1() {
        return only(e -> !e.mixed()).replies().macroF1();
    }

    public int unsure() {
        return (int) graded.stream().filter(Graded::unsure).count();
    }

    /** Of the replies graded wrong, the share flagged unsure: how many errors the learner was warned of. */
    public double errorsFlaggedUnsure() {
        long wrong = graded.stream().filter(g -> !g.correct()).count();
        return wrong == 0 ? 1 : (double) graded.stream().filter(g -> !g.correct() && g.unsure()).count() / wrong;
    }

    /** Of the replies flagged unsure, the share graded wrong. */
    public double unsureThatWereWrong() {
        long unsure = unsure();
        return unsure == 0 ? 0 : (double) graded.stream().filter(g -> g.unsure() && !g.correct()).count() / unsure;
    }

    /**
     * Expected calibration error of the reply-level confidence: the mean gap between confidence and
     * accuracy over equal-width confidence bins, weighted by how many replies fall in each.
     */
    public double expectedCalibrationError() {
        double ece = 0;
        for (Bin b : reliability()) {
            ece += (double) b.count() / Math.max(1, total()) * Math.abs(b.meanConfidence() - b.accuracy());
        }
        return ece;
    }

    /** One bin of the reliability table: replies whose confidence lies in [from, to). */
    public record Bin(double from, double to, int count, double meanConfidence, double accuracy) {
    }

    public List<Bin> reliability() {
        List<Bin> bins = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_BINS; b++) {
            double from = (double) b / CALIBRATION_BINS;
            double to = (double) (b + 1) / CALIBRATION_BINS;
            boolean last = b == CALIBRATION_BINS - 1;
            List<Graded> in = graded.stream()
                    .filter(g -> g.confidence() >= from && (g.confidence() < to || last && g.confidence() <= to)).toList();
            if (in.isEmpty()) {
                continue;
            }
            double confidence = in.stream().mapToDouble(Graded::confidence).average().orElse(0);
            double accuracy = (double) in.stream().filter(Graded::correct).count() / in.size();
            bins.add(new Bin(from, to, in.size(), confidence, accuracy));
        }
        return bins;
    }

    /** A sample of misgraded replies, for reading. */
    public List<String> errors() {
        return graded.stream().filter(g -> !g.correct()).limit(200)
                .map(g -> g.example().source() + "  " + g.example().label().label() + " -> " + g.predicted().label()
                        + String.format(Locale.ROOT, " (%.2f)", g.confidence()) + "  " + g.example().response())
                .toList();
    }

    private static boolean mixedWithJudging(Graded g) {
        return g.example().mixed() && g.example().moves().contains(Move.JUDGING);
    }

    /** A plain-text report: the figures, per-move table, confusion matrix and reliability table. */
    public String report() {
        Agreement replies = replies();
        Agreement sentences = sentences();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "replies: %d  accuracy %.3f  macro-F1 %.3f  kappa %.3f  unsure %.1f%%%n",
                replies.total(), replies.accuracy(), replies.macroF1(), replies.kappa(),
                100.0 * unsure() / Math.max(1, replies.total())));
        out.append(String.format(Locale.ROOT, "single-move replies: macro-F1 %.3f  judging recall %.3f%n",
                singleMoveMacroF1(), singleMoveJudgingRecall()));
        out.append(String.format(Locale.ROOT, "mixed replies with a judging sentence labelled judging: %d/%d (%.1f%%)%n",
                mixedJudgingCaught(), mixedWithJudging(), 100 * mixedJudgingRecall()));
        out.append(String.format(Locale.ROOT, "sentences: %d  accuracy %.3f  macro-F1 %.3f%n",
                sentences.total(), sentences.accuracy(), sentences.macroF1()));
        out.append(String.format(Locale.ROOT, "%-11s %9s %9s %9s%n", "move", "precision", "recall", "F1"));
        for (Move m : Move.values()) {
            out.append(String.format(Locale.ROOT, "%-11s %9.3f %9.3f %9.3f%n", m.label(), replies.precision(m),
                    replies.recall(m), replies.f1(m)));
        }
        out.append("confusion (rows: label, columns: grader)\n");
        out.append(String.format(Locale.ROOT, "%-11s", ""));
        for (Move m : Move.values()) {
            out.append(String.format(Locale.ROOT, " %10s", m.label()));
        }
        out.append('\n');
        for (Move r : Move.values()) {
            out.append(String.format(Locale.ROOT, "%-11s", r.label()));
            for (Move p : Move.values()) {
                out.append(String.format(Locale.ROOT, " %10d", replies.count(r, p)));
            }
            out.append('\n');
        }
        out.append(String.format(Locale.ROOT,
                "calibration: expected calibration error %.3f; unsure flags %.1f%% of the errors, and %.1f%% of unsure verdicts are wrong%n",
                expectedCalibrationError(), 100 * errorsFlaggedUnsure(), 100 * unsureThatWereWrong()));
        out.append(String.format(Locale.ROOT, "%-11s %7s %11s %9s%n", "confidence", "replies", "mean conf.", "accuracy"));
        for (Bin b : reliability()) {
            out.append(String.format(Locale.ROOT, "%.1f-%.1f    %7d %11.3f %9.3f%n", b.from(), b.to(), b.count(),
                    b.meanConfidence(), b.accuracy()));
        }
        return out.toString();
    }
}
