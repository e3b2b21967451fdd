package org.rapport.grader.features;

import java.util.ArrayList;
import java.util.List;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * Lemma bigrams and trigrams over words (punctuation skipped), with a start marker: word order is what
 * separates "you need" from "what do you need".
 */
public class NgramFeatures extends RapportFeature {
    @Override
    public String family() {
        return "ngrams";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        List<Integer> words = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            if (Words.isWord(s, i)) {
                words.add(i);
            }
        }
        if (words.isEmpty()) {
            return;
        }
        int first = words.get(0);
        sink.add("b=^_" + s.lemmas()[first], first, first);
        for (int k = 0; k + 1 < words.size(); k++) {
            int a = words.get(k);
            int b = words.get(k + 1);
            sink.add("b=" + s.lemmas()[a] + "_" + s.lemmas()[b], a, b);
            if (k + 2 < words.size()) {
                int c = words.get(k + 2);
                sink.add("t=" + s.lemmas()[a] + "_" + s.lemmas()[b] + "_" + s.lemmas()[c], a, c);
            }
        }
    }
}
