package org.rapport.grader;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A grade as the wire format every integration sees: the CLI's {@code classify} lines and the HTTP API's
 * {@code POST /api/v1/grade} are both made here, so they cannot drift apart. Plain maps and lists in a fixed
 * key order, ready for any JSON writer; probabilities and weights rounded to four decimals.
 */
public final class GradeReport {
    private GradeReport() {
    }

    /**
     * {@code label, rollUp, confidence, unsure, scores, sentences[text, start, end, label, confidence, scores, cues],
     * model}; {@code rollUp} says in one line how the sentences' moves made the reply's label.
     */
    public static Map<String, Object> of(GradedResponse graded) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("label", graded.label().label());
        result.put("rollUp", RollUpRule.explain(graded.label(), graded.sentences().stream().map(GradedSentence::label).toList()));
        result.put("confidence", round(graded.confidence()));
        result.put("unsure", graded.unsure());
        result.put("scores", scores(graded.scores()));
        List<Map<String, Object>> sentences = new ArrayList<>();
        for (GradedSentence s : graded.sentences()) {
            Map<String, Object> sentence = new LinkedHashMap<>();
            sentence.put("text", s.text());
            sentence.put("start", s.start());
            sentence.put("end", s.end());
            sentence.put("label", s.label().label());
            sentence.put("confidence", round(s.confidence()));
            sentence.put("scores", scores(s.scores()));
            List<Map<String, Object>> cues = new ArrayList<>();
            for (Cue c : s.cues()) {
                Map<String, Object> cue = new LinkedHashMap<>();
                cue.put("text", c.text());
                cue.put("start", c.start());
                cue.put("end", c.end());
                cue.put("weight", round(c.weight()));
                cues.add(cue);
            }
            sentence.put("cues", cues);
            sentences.add(sentence);
        }
        result.put("sentences", sentences);
        result.put("model", graded.modelVersion());
        return result;
    }

    private static Map<String, Double> scores(Map<Move, Double> scores) {
        Map<String, Double> out = new LinkedHashMap<>();
        scores.forEach((m, p) -> out.put(m.label(), round(p)));
        return out;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
