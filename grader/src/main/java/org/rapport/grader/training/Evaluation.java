package org.rapport.grader.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.rapport.grader.GradedResponse;
import org.rapport.grader.Move;
import org.rapport.grader.ResponseGrader;

/**
 * Grades labelled replies and compares with their labels, at the level of whole replies (what a learner is
 * told) and of sentences (where the corpus lists each sentence's move and the split agrees).
 *
 * @param replies            reply-level agreement
 * @param sentences          sentence-level agreement
 * @param mixedWithJudging   mixed replies that contain a judging sentence
 * @param mixedJudgingCaught of those, how many the grader labelled judging
 * @param unsure             replies whose verdict was reported as unsure
 * @param errors             a sample of misgraded replies, for reading
 */
public record Evaluation(Agreement replies, Agreement sentences, int mixedWithJudging, int mixedJudgingCaught,
                         int unsure, List<String> errors) {

    public static Evaluation run(ResponseGrader grader, List<CorpusExample> examples) {
        Agreement replies = new Agreement();
        Agreement sentences = new Agreement();
        int mixedJudging = 0;
        int caught = 0;
        int unsure = 0;
        List<String> errors = new ArrayList<>();
        for (CorpusExample e : examples) {
            GradedResponse result = grader.grade(e.response(), e.prompt());
            replies.add(e.label(), result.label());
            if (result.unsure()) {
                unsure++;
            }
            if (e.mixed() && e.moves().contains(Move.JUDGING)) {
                mixedJudging++;
                if (result.label() == Move.JUDGING) {
                    caught++;
                }
            }
            List<Move> moves = e.moves();
            if (moves.size() == result.sentences().size()) {
                for (int i = 0; i < moves.size(); i++) {
                    sentences.add(moves.get(i), result.sentences().get(i).label());
                }
            } else if (moves.isEmpty() && result.sentences().size() == 1) {
                sentences.add(e.label(), result.sentences().get(0).label());
            }
            if (result.label() != e.label() && errors.size() < 200) {
                errors.add(e.source() + "  " + e.label().label() + " -> " + result.label().label()
                        + String.format(Locale.ROOT, " (%.2f)", result.confidence()) + "  " + e.response());
            }
        }
        return new Evaluation(replies, sentences, mixedJudging, caught, unsure, List.copyOf(errors));
    }

    public double mixedJudgingRecall() {
        return mixedWithJudging == 0 ? 1 : (double) mixedJudgingCaught / mixedWithJudging;
    }

    /** A plain-text report: the figures, per-move table and confusion matrix. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "replies: %d  accuracy %.3f  macro-F1 %.3f  kappa %.3f  unsure %.1f%%%n",
                replies.total(), replies.accuracy(), replies.macroF1(), replies.kappa(),
                100.0 * unsure / Math.max(1, replies.total())));
        out.append(String.format(Locale.ROOT, "mixed replies with a judging sentence labelled judging: %d/%d (%.1f%%)%n",
                mixedJudgingCaught, mixedWithJudging, 100 * mixedJudgingRecall()));
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
        return out.toString();
    }
}
