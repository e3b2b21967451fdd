package org.rapport.grader.features;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * The form of a question, which the rubric uses to split moves: an open question about experience is
 * reflective, one about goals or next steps is partnering, a leading or "why don't you" one is judging.
 * Learners often drop the question mark, so the word order counts as much as the mark.
 */
public class QuestionFeatures extends RapportFeature {
    @Override
    public String family() {
        return "questions";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        boolean mark = Words.endsWithQuestionMark(s);
        int w0 = Words.firstContent(s);
        if (w0 < 0) {
            return;
        }
        String first = s.lower(w0);
        int w1 = SyntaxFeatures.nextWord(s, w0);
        String second = w1 >= 0 ? s.lemmas()[w1] : "$";
        boolean wh = Words.WH.contains(first);
        boolean inverted = "AUX".equals(s.tags()[w0]) && w1 >= 0 && "PRON".equals(s.tags()[w1]);
        boolean negInverted = "AUX".equals(s.tags()[w0]) && w1 >= 0 && ("n't".equals(s.lower(w1)) || "not".equals(s.lower(w1)));
        if (mark) {
            sink.add("q");
        }
        if (wh) {
            sink.add("q:wh=" + first + (mark ? "?" : ""), w0, w0);
            sink.add("q:wh=" + first + "_" + second, w0, Math.max(w0, w1));
            if ("why".equals(first)) {
                int w2 = w1 >= 0 ? SyntaxFeatures.nextWord(s, w1) : -1;
                if (w2 >= 0 && ("n't".equals(s.lower(w2)) || "not".equals(s.lower(w2)))) {
                    sink.add("q:why-not", w0, w2);
                } else if ("not".equals(s.lower(Math.max(w1, w0)))) {
                    sink.add("q:why-not", w0, w1);
                }
            }
        }
        if (inverted) {
            sink.add("q:aux=" + s.lemmas()[w0] + "_" + s.lower(w1), w0, w1);
        }
        if (negInverted) {
            int w2 = SyntaxFeatures.nextWord(s, w1);
            sink.add("q:neg-aux" + (w2 >= 0 ? "_" + s.lower(w2) : ""), w0, w2 >= 0 ? w2 : w1);
        }
        if (!mark && (wh || inverted)) {
            sink.add("q:unmarked");
        }
        // Tag questions ("..., right?", "..., isn't it?") press for agreement.
        int last = lastWord(s);
        if (mark && last > 0 && last != w0) {
            String end = s.lower(last);
            if (end.equals("right") || end.equals("okay") || end.equals("ok") || end.equals("it")
                    || end.equals("you") || end.equals("yeah")) {
                sink.add("q:tag=" + end, last, last);
            }
        }
    }

    private static int lastWord(AnalyzedSentence s) {
        for (int i = s.size() - 1; i >= 0; i--) {
            if (Words.isWord(s, i)) {
                return i;
            }
        }
        return -1;
    }
}
