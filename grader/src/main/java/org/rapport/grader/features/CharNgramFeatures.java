package org.rapport.grader.features;

import org.rapport.grader.text.AnalyzedSentence;

/**
 * Character 3- to 5-grams inside each word, marked at the word's edges: "dont", "don't" and "do not" share
 * pieces, and so do misspellings, texting shorthand and a non-native speaker's word forms, which whole-word
 * features treat as strangers.
 */
public class CharNgramFeatures extends RapportFeature {
    private static final int MIN = 3;
    private static final int MAX = 5;

    @Override
    public String family() {
        return "char-ngrams";
    }

    @Override
    public void extract(FeatureContext context, FeatureSink sink) {
        AnalyzedSentence s = context.sentence();
        for (int i = 0; i < s.size(); i++) {
            if (!Words.isWord(s, i)) {
                continue;
            }
            String word = "<" + s.lower(i) + ">";
            for (int n = MIN; n <= MAX; n++) {
                for (int k = 0; k + n <= word.length(); k++) {
                    sink.add("c=" + word.substring(k, k + n), i, i);
                }
            }
        }
    }
}
