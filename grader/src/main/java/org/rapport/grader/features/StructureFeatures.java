package org.rapport.grader.features;

import java.util.List;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * Where the sentence stands in the reply, how long it is, and contrast: "I understand, but ..." turns a
 * validation into a correction, and a sentence opening with "But" after a kind one usually does the same.
 */
public class StructureFeatures extends RapportFeature {
    @Override
    public String family() {
        return "structure";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        sink.add("pos=" + (s.count() == 1 ? "only" : s.index() == 0 ? "first" : s.index() == s.count() - 1 ? "last" : "middle"));
        int words = s.wordCount();
        sink.add("len=" + (words <= 3 ? "1-3" : words <= 7 ? "4-7" : words <= 15 ? "8-15" : words <= 30 ? "16-30" : "31+"));
        int first = Words.firstWord(s);
        if (first >= 0 && Words.CONTRAST.contains(s.lower(first))) {
            sink.add("contrast@start", first, first);
            if (s.index() > 0) {
                sink.add("contrast@start-after-sentence", first, first);
            }
        }
        List<CueLexicon.Match> cues = context.cueMatches();
        int kindAt = -1;
        for (CueLexicon.Match m : cues) {
            if (m.group().startsWith("validating.") || m.group().startsWith("reflective.")) {
                kindAt = kindAt < 0 ? m.first() : Math.min(kindAt, m.first());
            }
        }
        for (int i = 0; i < s.size(); i++) {
            String lower = s.lower(i);
            if ((lower.equals("but") || lower.equals("however") || lower.equals("though")) && i > 0) {
                sink.add("contrast-mid", i, i);
                if (kindAt >= 0 && kindAt < i) {
                    sink.add("kind-then-contrast", kindAt, i);
                }
                for (int j = i + 1; j < s.size() && j <= i + 4; j++) {
                    if (Words.SECOND_PERSON.contains(s.lower(j)) || "it".equals(s.lower(j))) {
                        sink.add("contrast-then-" + (Words.SECOND_PERSON.contains(s.lower(j)) ? "you" : "it"), i, j);
                        break;
                    }
                }
            }
        }
        for (String t : s.tokens()) {
            if (t.contains("!")) {
                sink.add("exclaim");
                break;
            }
        }
    }
}
