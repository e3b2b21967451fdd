package org.rapport.grader;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grade as the wire format every integration sees: the CLI's {@code classify} lines and the HTTP API's
 * {@code POST /api/v1/grade} both write this record, so they cannot drift apart, and the API's OpenAPI description
 * documents its fields. Moves are written by their lower-case labels; probabilities and weights are rounded to
 * four decimals.
 *
 * @param label      the reply's move
 * @param rollUp     in one line, how the sentences' moves made the reply's label
 * @param confidence the probability of that move
 * @param unsure     whether the grader is too unsure for the label to be trusted alone
 * @param scores     each move's share of the reply, weighted by sentence length, in the rubric's order
 * @param sentences  each sentence's move, where it sits in the reply and the words that weighed most
 * @param model      the version of the model that graded it
 */
public record GradeReport(String label, String rollUp, double confidence, boolean unsure, Map<String, Double> scores,
                          List<SentenceReport> sentences, String model) {

    public GradeReport {
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        sentences = List.copyOf(sentences);
    }

    public static GradeReport of(GradedResponse graded) {
        List<SentenceReport> sentences = graded.sentences().stream().map(SentenceReport::of).toList();
        return new GradeReport(graded.label().label(),
                RollUpRule.explain(graded.label(), graded.sentences().stream().map(GradedSentence::label).toList()),
                round(graded.confidence()), graded.unsure(), rounded(graded.scores()), sentences, graded.modelVersion());
    }

    /**
     * One sentence: {@code start} and {@code end} are character offsets into the reply; {@code scores} are the
     * probability of each move.
     */
    public record SentenceReport(String text, int start, int end, String label, double confidence,
                                 Map<String, Double> scores, List<CueReport> cues) {
        public SentenceReport {
            scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            cues = List.copyOf(cues);
        }

        static SentenceReport of(GradedSentence s) {
            return new SentenceReport(s.text(), s.start(), s.end(), s.label().label(), round(s.confidence()),
                    rounded(s.scores()), s.cues().stream().map(CueReport::of).toList());
        }
    }

    /** A word or phrase that pushed the sentence toward its move, and by how much. */
    public record CueReport(String text, int start, int end, double weight) {
        static CueReport of(Cue c) {
            return new CueReport(c.text(), c.start(), c.end(), round(c.weight()));
        }
    }

    private static Map<String, Double> rounded(Map<Move, Double> scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        scores.forEach((m, p) -> out.put(m.label(), round(p)));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
